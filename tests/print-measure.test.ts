import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, type LaunchedBrowser } from '../pipeline/lib/browser.ts'
import { palette } from '../templates/charts/palette.ts'
import { defaultDataset, root, runCliAsync, tempDir } from './helpers/fixtures.ts'
import { pdfFonts, pdfInfo, pdfText } from './helpers/pdf.ts'
import { classifyWords, locateCanvas, pageFill, readPdfWords, runningWords, type ClassifiedWord, type PdfPage, type Rect } from './helpers/pdf-words.ts'
import { internalVocabulary, latinRuns, russianAcronyms } from './helpers/reader-checks.ts'
import { colourInRows, openBuiltDocument, readerText, recordedCanvases, type ChartRow, type RecordedCanvas } from './helpers/rendered-page.ts'

// The standard (README "What we print"; issue 12): sizes in points, as printed at 100 %.
const BODY_PT = 8
const NOTE_PT = 6.5
const CHART_LABEL_PT = 7
/** Poppler rounds box edges to a thousandth of a point; a size this close to the floor is on it. */
const EPSILON_PT = 0.02
/**
 * Words below body size that a document may hold: footnote markers and notes (chart source lines,
 * table notes) on the sheet; in the pack also its numbered list of sources.
 */
const SMALL_SHARE = { factsheet: 0.1, 'briefing-pack': 0.2 } as const
const MIN_PACK_FILL = 1 / 3
/** The colour the peacekeeping chart gives Kyrgyz personnel. */
const PERSONNEL_COLOUR = palette.vermillion

const LANGS = ['en', 'ru', 'ky'] as const
const DOCS = ['factsheet', 'briefing-pack'] as const
type Lang = (typeof LANGS)[number]
type Doc = (typeof DOCS)[number]

interface Measured {
  readonly lang: Lang
  readonly doc: Doc
  readonly pdf: string
  readonly pages: PdfPage[]
  readonly words: ClassifiedWord[]
  readonly canvases: { readonly canvas: RecordedCanvas; readonly rect: Rect | null }[]
  readonly htmlText: string
  readonly missions: ChartRow[] | null
}

const CASES = LANGS.flatMap((lang) => DOCS.map((doc) => ({ lang, doc, name: `${doc} ${lang}` })))
const measured = new Map<string, Measured>()
const get = (doc: Doc, lang: Lang) => measured.get(`${doc} ${lang}`)!
let build: { code: number | null; stderr: string }
let calibration: number[] = []
let launched: LaunchedBrowser
/** Per document, the canvas of the peacekeeping chart: found in English by its rows' labels, the same id in every language. */
const missionsCanvas = new Map<Doc, string>()

/** Rows of the dataset with Kyrgyz personnel: the English chart labels them by mission, or by place. */
async function personnelRows(): Promise<{ label: string; years: number }[]> {
  const rows = parse(await readFile(path.join(defaultDataset, 'deployments.csv'), 'utf8'), { columns: true }) as Record<string, string>[]
  const year = (date: string, endOf: boolean) => {
    const [y, m] = date.split('-').map(Number) as [number, number | undefined]
    return y + (m ? (endOf ? m : m - 1) / 12 : endOf ? 1 : 0)
  }
  return rows.filter((r) => r.deployed_from && r.deployed_to).map((r) => ({ label: r.mission || r.place!, years: year(r.deployed_to!, true) - year(r.deployed_from!, false) }))
}

beforeAll(async () => {
  const out = await tempDir('factsheet-measure-')
  build = await runCliAsync(['build', '--out', out, '--force'])
  launched = await launchBrowser()
  // The size factor, checked here on what this Chromium prints: Noto Sans set at exactly 10 pt.
  const probe = await launched.browser.newPage()
  await probe.setContent('<p style="font: 10pt/1.5 \'Noto Sans\'; margin: 0">Known size Ёжик ңөү</p>')
  const probePdf = path.join(out, 'probe.pdf')
  await writeFile(probePdf, await probe.pdf({ format: 'A4' }))
  calibration = readPdfWords(probePdf).flatMap((p) => p.words.map((w) => w.size))
  await probe.close()
  if (build.code !== 0) return
  const english = (await personnelRows()).map((r) => r.label)
  for (const { lang, doc, name } of CASES) {
    const file = (ext: string) => path.join(out, 'kyrgyzstan', lang, `${doc}.${ext}`)
    const page = await openBuiltDocument(launched.browser, file('html'), { width: 1280, media: 'print' })
    const pages = readPdfWords(file('pdf'))
    const canvases = (await recordedCanvases(page)).map((canvas) => ({ canvas, rect: locateCanvas(pages, canvas) }))
    if (lang === 'en') {
      const charts = await page.evaluate(() => [...document.querySelectorAll('canvas')].map((c) => ({ id: c.id, labels: (window as unknown as { Chart: { getChart(c: HTMLCanvasElement): { data: { labels: string[] } } } }).Chart.getChart(c).data.labels })))
      const id = charts.find((c) => english.some((l) => c.labels.includes(l)))?.id
      if (id) missionsCanvas.set(doc, id)
    }
    const id = missionsCanvas.get(doc)
    const missions = id && canvases.some((c) => c.canvas.id === id) ? await colourInRows(page, id, PERSONNEL_COLOUR) : null
    await page.emulateMediaType('screen')
    const htmlText = await readerText(page)
    await page.close()
    const words = classifyWords(pages, canvases.flatMap((c) => (c.rect ? [c.rect] : [])))
    measured.set(name, { lang, doc, pdf: file('pdf'), pages, words, canvases, htmlText, missions })
  }
}, 600_000)

afterAll(async () => {
  await launched?.close()
})

const pt = (n: number) => `${n.toFixed(2)} pt`
const smallest = (words: readonly ClassifiedWord[]) => words.reduce<ClassifiedWord | undefined>((a, w) => (!a || w.size < a.size ? w : a), undefined)
const where = (w: ClassifiedWord | undefined) => (w ? `${pt(w.size)} (“${w.text}”, p. ${w.page})` : 'none')

describe('measuring type from word boxes', () => {
  it('builds the default dataset in every language', () => {
    expect(build.code, build.stderr).toBe(0)
  })

  it('reads Noto Sans set at 10 pt as 10 pt (box height / 1.362)', () => {
    expect(calibration.length).toBeGreaterThan(0)
    for (const size of calibration) expect(size).toBeCloseTo(10, 1)
  })

  it.each(CASES)('$name is set in Noto Sans only, the font the factor is for', ({ doc, lang }) => {
    expect(pdfFonts(get(doc, lang).pdf).filter((f) => !/NotoSans/.test(f.name))).toEqual([])
  })

  it.each(CASES)('$name: every chart is found in the PDF, where its drawn labels are', ({ doc, lang }) => {
    const { canvases } = get(doc, lang)
    expect(canvases.length).toBeGreaterThan(0)
    expect(canvases.filter((c) => c.rect === null).map((c) => c.canvas.id)).toEqual([])
  })
})

describe('type sizes, as printed', () => {
  it.each(CASES)(`$name: body and tables at least ${BODY_PT} pt; notes and markers at least ${NOTE_PT} pt and a small share`, ({ doc, lang }) => {
    const words = get(doc, lang).words
    const text = words.filter((w) => w.kind === 'text')
    const share = text.filter((w) => w.size < BODY_PT - EPSILON_PT).length / text.length
    expect.soft(share, `${(share * 100).toFixed(1)} % of ${text.length} words are below ${BODY_PT} pt (allowed ${SMALL_SHARE[doc] * 100} %)`).toBeLessThanOrEqual(SMALL_SHARE[doc])
    // Running header and footer are notes too.
    const notes = smallest(words.filter((w) => w.kind !== 'chart'))
    expect(notes!.size, `smallest ${where(notes)}`).toBeGreaterThanOrEqual(NOTE_PT - EPSILON_PT)
  })

  it.each(CASES)(`$name: chart labels at least ${CHART_LABEL_PT} pt, and none cut short`, ({ doc, lang }) => {
    const { words, canvases } = get(doc, lang)
    const labels = words.filter((w) => w.kind === 'chart')
    expect(labels.length).toBeGreaterThan(0)
    expect(smallest(labels)!.size, `smallest chart label ${where(smallest(labels))}`).toBeGreaterThanOrEqual(CHART_LABEL_PT - EPSILON_PT)
    const cut = canvases.flatMap((c) => c.canvas.texts.filter((t) => t.text.length > 1 && t.text.endsWith('…')).map((t) => `${c.canvas.id}: ${t.text}`))
    expect(cut).toEqual([])
  })

  it.each(LANGS)('factsheet %s is exactly two pages', (lang) => {
    expect(Number(pdfInfo(get('factsheet', lang).pdf).Pages)).toBe(2)
  })
})

/** The pack's contents page: the one whose body starts with the catalog's heading for it. */
async function contentsPage(m: Measured): Promise<number | undefined> {
  const catalog = JSON.parse(await readFile(path.join(root, 'templates', 'i18n', `${m.lang}.json`), 'utf8')) as Record<string, string>
  const running = runningWords(m.pages)
  return m.pages.find((p) => p.words.find((w) => !running.has(w))?.text === catalog.contents?.split(/\s+/)[0])?.number
}

describe('page fill of the briefing pack', () => {
  it.each(LANGS)(`briefing-pack %s: every page but the cover, the contents and the last is at least ${Math.round(MIN_PACK_FILL * 100)} % full`, async (lang) => {
    const m = get('briefing-pack', lang)
    const exempt = new Set([1, m.pages.length, await contentsPage(m)])
    const fill = pageFill(m.pages)
    const thin = fill.flatMap((f, i) => (exempt.has(i + 1) || f >= MIN_PACK_FILL ? [] : [`p. ${i + 1}: ${Math.round(f * 100)} %`]))
    expect(thin).toEqual([])
  })
})

describe('what the documents say', () => {
  it.each(CASES)('$name: no internal vocabulary in the PDF text, its metadata or the HTML', ({ doc, lang }) => {
    const m = get(doc, lang)
    const info = pdfInfo(m.pdf)
    const meta = ['Title', 'Subject', 'Keywords', 'Author'].map((k) => info[k] ?? '').join('\n')
    expect({ pdf: internalVocabulary(pdfText(m.pdf)), metadata: internalVocabulary(meta), html: internalVocabulary(m.htmlText) }).toEqual({ pdf: [], metadata: [], html: [] })
  })

  it.each(CASES.filter((c) => c.lang !== 'en'))('$name: no English running text (three Latin-script words in a row)', ({ doc, lang }) => {
    const m = get(doc, lang)
    expect({ pdf: latinRuns(pdfText(m.pdf)), html: latinRuns(m.htmlText) }).toEqual({ pdf: [], html: [] })
  })

  it.each(CASES.filter((c) => c.lang === 'ky'))('$name: no Russian acronym in Kyrgyz text', ({ doc, lang }) => {
    const m = get(doc, lang)
    expect({ pdf: russianAcronyms(pdfText(m.pdf)), html: russianAcronyms(m.htmlText) }).toEqual({ pdf: [], html: [] })
  })
})

describe('the peacekeeping chart', () => {
  it('is drawn in the pack (a chart with a row for a mission that had Kyrgyz personnel)', () => {
    expect(get('briefing-pack', 'en').missions, 'no chart of the English pack has a row labelled with a mission that had Kyrgyz personnel').not.toBeNull()
  })

  it.each(CASES)('$name: shows the personnel colour over at least half of each personnel row’s years', async ({ doc, lang }) => {
    const rows = get(doc, lang).missions
    if (!rows) return
    const english = get(doc, 'en').missions!
    expect(rows.map((r) => r.label)).toHaveLength(english.length)
    const short = (await personnelRows()).flatMap(({ label, years }) => {
      const i = english.findIndex((r) => r.label === label)
      // The sheet may show a selection of the missions; the pack shows them all.
      if (i < 0) return doc === 'briefing-pack' ? [`${label}: no row`] : []
      const row = rows[i]!
      const visibleYears = row.coloured / row.perYear
      return visibleYears >= years / 2 ? [] : [`${row.label}: ${visibleYears.toFixed(1)} of ${years} years`]
    })
    expect(short).toEqual([])
  })
})
