import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, type LaunchedBrowser } from '../pipeline/lib/browser.ts'
import { palette } from '../templates/charts/palette.ts'
import { defaultDataset, root, runCliAsync, tempDir } from './helpers/fixtures.ts'
import { pdfFonts, pdfInfo, pdfText } from './helpers/pdf.ts'
import { classifyWords, locateCanvas, pageFill, readPdfWords, runningWords, type ChartRegion, type ClassifiedWord, type PdfPage } from './helpers/pdf-words.ts'
import { englishOnlyTitles, internalVocabulary, latinRuns, russianAcronyms } from './helpers/reader-checks.ts'
import { chartLabels, colourInRows, openBuiltDocument, readerText, recordedCanvases, type ChartRow, type RecordedCanvas } from './helpers/rendered-page.ts'

// The standard (README "What we print"; issue 12): sizes in points, as printed at 100 %.
const BODY_PT = 8
const NOTE_PT = 6.5
const CHART_LABEL_PT = 7
/** Poppler rounds box edges to a thousandth of a point; a size this close to the floor is on it. */
const EPSILON_PT = 0.02
/**
 * The share of a document's words (footnote markers aside) that may be below body size: notes, such as
 * the sheet's sources block and the charts' source lines. Measured on the integrated documents: the
 * sheet 17–20 % (its sources block and chart notes, some 150 of its 800 words), the pack 4–5 %; a table
 * or body text set small is more than this leaves.
 */
const NOTE_SHARE = { factsheet: 0.25, 'briefing-pack': 0.1 } as const
/** A footnote marker or a list of them: "[4]", "[2, 9, 12]", "[16–21]", a word at a time. */
const MARKER = /^[[(]?[\d\s,–-]+[\])]?[,;.:]?$/u
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
  readonly canvases: { readonly canvas: RecordedCanvas; readonly region: ChartRegion | null }[]
  readonly htmlText: string
  readonly missions: ChartRow[] | null
}

const CASES = LANGS.flatMap((lang) => DOCS.map((doc) => ({ lang, doc, name: `${doc} ${lang}` })))
const measured = new Map<string, Measured>()
function get(doc: Doc, lang: Lang): Measured {
  const m = measured.get(`${doc} ${lang}`)
  if (!m) throw new Error(`there is no ${doc} in ${lang} to measure: the build failed (see “builds the default dataset in every language”)`)
  return m
}
let build: { code: number | null; stderr: string }
let calibration: number[] = []
let launched: LaunchedBrowser
/** Per document, the canvas of the peacekeeping chart: found in English by its rows' labels, the same id in every language. */
const missionsCanvas = new Map<Doc, string>()

/** A date of the dataset (year, year-month or full date) as fractional years, from its start or to its end. */
function years(date: string, endOf: boolean): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?]
  const from = Date.UTC(y, (m ?? 1) - 1, d ?? 1)
  const to = d ? from + 86_400_000 : Date.UTC(m ? y : y + 1, m ?? 0, 1)
  const time = endOf ? to : from
  return y + (time - Date.UTC(y, 0, 1)) / (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1))
}

const readCsv = async (file: string) => parse(await readFile(path.join(defaultDataset, file), 'utf8'), { columns: true }) as Record<string, string>[]

/**
 * Rows of the dataset with Kyrgyz personnel, labelled as the English chart labels them (by mission, or
 * by place), and how many years of personnel the chart should show: the years the personnel table
 * gives for the mission (else the deployment's years), each cut to the mission's mandate.
 */
async function personnelRows(): Promise<{ label: string; years: number }[]> {
  const [deployments, personnel] = await Promise.all([readCsv('deployments.csv'), readCsv('personnel.csv')])
  return deployments
    .filter((r) => r.deployed_from && r.deployed_to)
    .map((r) => {
      const counted = personnel.filter((p) => p.mission === r.mission && Number(p.personnel) > 0).map((p) => Number(p.year))
      const [first, last] = [Math.floor(years(r.deployed_from!, false)), Math.ceil(years(r.deployed_to!, true)) - 1]
      const served = counted.length > 0 ? counted : Array.from({ length: last - first + 1 }, (_, i) => first + i)
      const [from, to] = [years(r.mandate_start!, false), r.mandate_end ? years(r.mandate_end, true) : Infinity]
      return { label: r.mission || r.place!, years: served.reduce((sum, y) => sum + Math.max(0, Math.min(y + 1, to) - Math.max(y, from)), 0) }
    })
}

/** Printable widths of A4 in CSS pixels, at the sheet's margins (10 mm) and the pack's (18 mm). */
const PRINT_WIDTHS = [718, 658]

/**
 * Each canvas of a document where the PDF has it: from its drawing in a fresh printing page, or else
 * from its drawing in a page left at one of the printable widths (see OpenAs).
 */
async function locatedCanvases(html: string, pages: readonly PdfPage[], fresh: RecordedCanvas[]): Promise<Measured['canvases']> {
  const found = fresh.map((canvas) => ({ canvas, region: locateCanvas(pages, canvas) }))
  for (const width of PRINT_WIDTHS) {
    if (found.every((c) => c.region)) break
    const page = await openBuiltDocument(launched.browser, html, { print: width })
    for (const canvas of await recordedCanvases(page)) {
      const i = found.findIndex((c) => c.canvas.id === canvas.id && !c.region)
      if (i >= 0) found[i] = { canvas, region: locateCanvas(pages, canvas) }
    }
    await page.close()
  }
  return found
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
    const pages = readPdfWords(file('pdf'))
    const page = await openBuiltDocument(launched.browser, file('html'), { print: 'fresh' })
    const canvases = await locatedCanvases(file('html'), pages, await recordedCanvases(page))
    if (lang === 'en') {
      const id = (await chartLabels(page)).find((c) => english.some((l) => c.labels.includes(l)))?.id
      if (id) missionsCanvas.set(doc, id)
    }
    const id = missionsCanvas.get(doc)
    const missions = id && canvases.some((c) => c.canvas.id === id) ? await colourInRows(page, id, PERSONNEL_COLOUR) : null
    const htmlText = await readerText(page)
    await page.close()
    const words = classifyWords(pages, canvases.flatMap((c) => (c.region ? [c.region] : [])))
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

  // Type 3 fonts are Chromium's outlines of canvas text drawn with a stroke (a halo under a label);
  // poppler merges each such word with its fill, which is in Noto Sans and gives the size.
  it.each(CASES)('$name is set in Noto Sans only, the font the factor is for', ({ doc, lang }) => {
    expect(pdfFonts(get(doc, lang).pdf).filter((f) => !/NotoSans/.test(f.name) && f.name !== '[none]')).toEqual([])
  })

  it.each(CASES)('$name: every chart is found in the PDF, where its drawn labels are', ({ doc, lang }) => {
    const { canvases } = get(doc, lang)
    expect(canvases.length).toBeGreaterThan(0)
    expect(canvases.filter((c) => c.region === null).map((c) => c.canvas.id)).toEqual([])
  })
})

describe('type sizes, as printed', () => {
  it.each(CASES)(`$name: body and tables at least ${BODY_PT} pt; markers and notes at least ${NOTE_PT} pt, notes a small share`, ({ doc, lang }) => {
    const words = get(doc, lang).words
    const text = words.filter((w) => w.kind === 'text' && !(w.size < BODY_PT - EPSILON_PT && MARKER.test(w.text)))
    const share = text.filter((w) => w.size < BODY_PT - EPSILON_PT).length / text.length
    expect.soft(share, `${(share * 100).toFixed(1)} % of ${text.length} words (markers aside) are below ${BODY_PT} pt (allowed ${NOTE_SHARE[doc] * 100} %)`).toBeLessThanOrEqual(NOTE_SHARE[doc])
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

  it.each(CASES.filter((c) => c.lang !== 'en'))('$name: no English running text (three Latin-script words in a row)', async ({ doc, lang }) => {
    const m = get(doc, lang)
    // Works published in English only are cited under their own titles (the sources table says which).
    const sources = path.join(defaultDataset, 'sources.csv')
    const allowed = existsSync(sources) ? englishOnlyTitles(await readCsv('sources.csv'), lang) : []
    expect({ pdf: latinRuns(pdfText(m.pdf), allowed), html: latinRuns(m.htmlText, allowed) }).toEqual({ pdf: [], html: [] })
  })

  it.each(CASES.filter((c) => c.lang === 'ky'))('$name: no Russian acronym in Kyrgyz text', ({ doc, lang }) => {
    const m = get(doc, lang)
    expect({ pdf: russianAcronyms(pdfText(m.pdf)), html: russianAcronyms(m.htmlText) }).toEqual({ pdf: [], html: [] })
  })
})

/**
 * How much of a personnel bar `px` long must show: half, or for a sliver (UNSMIS served four months)
 * all but the bar's white borders and soft edges, 2 px, and never less than half a pixel.
 */
const visibleShare = (px: number) => Math.max(0.5, Math.min(px / 2, px - 2))

describe('the peacekeeping chart', () => {
  it('is drawn in the pack (a chart with a row for a mission that had Kyrgyz personnel)', () => {
    expect(get('briefing-pack', 'en').missions, 'no chart of the English pack has a row labelled with a mission that had Kyrgyz personnel').not.toBeNull()
  })

  it.each(CASES)('$name: shows the personnel colour over at least half of each row’s years with personnel, within the mandate', async ({ doc, lang }) => {
    const rows = get(doc, lang).missions
    if (!rows) return
    const english = get(doc, 'en').missions!
    expect(rows.map((r) => r.label)).toHaveLength(english.length)
    const short = (await personnelRows()).flatMap(({ label, years }) => {
      const i = english.findIndex((r) => r.label === label)
      // The sheet may show a selection of the missions; the pack shows them all.
      if (i < 0) return doc === 'briefing-pack' ? [`${label}: no row`] : []
      const row = rows[i]!
      const expected = years * row.perYear
      return row.coloured >= visibleShare(expected) ? [] : [`${row.label}: ${row.coloured.toFixed(1)} of ${expected.toFixed(1)} px (${years.toFixed(2)} years)`]
    })
    expect(short).toEqual([])
  })
})
