import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { beforeAll, describe, expect, it } from 'vitest'
import { copyOfDefaultDataset, editTable } from './helpers/dataset-copy.ts'
import { launchBrowser } from '../pipeline/lib/browser.ts'
import { runCli, tempDir } from './helpers/fixtures.ts'
import { datasetWithPackFixture } from './helpers/pack-fixture.ts'
import { pdfFonts, pdfImageCount, pdfInfo, pdfText } from './helpers/pdf.ts'
import { SEED_FACTS } from './helpers/seed-facts.ts'

const pageText = (file: string, page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
/** The contents on page 2, from their heading on (the summary before them numbers its messages too). */
const contentsOf = (file: string, heading: string) => {
  const page = pageText(file, 2)
  return page.slice(page.indexOf(`${heading} `))
}
/** The page the contents give a section (titles as pdftotext reads them: no-break spaces as spaces). */
const contentsPage = (contents: string, title: string) => {
  const m = new RegExp(`${title.replace(/\s+/g, ' ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d+)`).exec(contents)
  return m ? Number(m[1]) : null
}

/** The titles of the PDF's bookmarks, in order. */
async function outlineTitles(file: string): Promise<string[]> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict)
  const titles: string[] = []
  let item = outlines.lookupMaybe(PDFName.of('First'), PDFDict)
  while (item) {
    const title = item.lookup(PDFName.of('Title'))
    titles.push(title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : String(title))
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict)
  }
  return titles
}

// The summary opens page 2 and the contents follow it there; the notes on the data close the pack.
const SECTIONS = ['Summary and key messages', 'Contents', 'Overview and milestones', 'General Assembly resolutions', 'Elected bodies and candidatures', 'Peacekeeping', 'UN entities in the country', 'Treaties and disarmament', 'Areas of cooperation', 'Voting in the General Assembly', 'Acronyms', 'Sources', 'Notes on the data and coverage']

/**
 * How full each page is, from poppler's word boxes (as the print review measured): the share of the
 * body height (the page less its top and bottom 9 %, where the running header and footer sit) down to
 * the lowest word.
 */
function pageFill(file: string): { fill: number; lines: number }[] {
  const xml = execFileSync('pdftotext', ['-q', '-bbox', file, '-'], { encoding: 'utf8' })
  return [...xml.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, height, body]) => {
    const words = [...body!.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)].map(([, y1, y2]) => [Number(y1), Number(y2)] as const)
    const top = Number(height) * 0.09
    const bottom = Number(height) * 0.91
    const lows = words.filter(([y1, y2]) => y1 >= top && y2 <= bottom).map(([, y2]) => y2)
    // Lines of text below the running header's rule (6 % down) and above the footer.
    const lines = new Set(words.filter(([y1, y2]) => y1 >= Number(height) * 0.06 && y2 <= bottom).map(([y1]) => Math.round(y1))).size
    return { fill: lows.length === 0 ? 0 : (Math.max(...lows) - top) / (bottom - top), lines }
  })
}

/**
 * The printed size of each word, in points: its box's height over Noto Sans's ascent plus descent
 * (1.362 em), as the print review measured. A line set upright (a chart's axis title) runs down the
 * page, its words one above the other: there the box's width is the line's height.
 */
function wordSizes(file: string): { size: number; word: string; page: number }[] {
  const xml = execFileSync('pdftotext', ['-q', '-bbox-layout', file, '-'], { encoding: 'utf8' })
  return [...xml.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)].flatMap(([, body], i) =>
    [...body!.matchAll(/<line [^>]*>([\s\S]*?)<\/line>/g)].flatMap(([, line]) => {
      const words = [...line!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(([, x1, y1, x2, y2, word]) => ({ x1: Number(x1), y1: Number(y1), x2: Number(x2), y2: Number(y2), word: word! }))
      const upright = words.length > 1 && new Set(words.map((w) => Math.round(w.y1))).size === words.length && new Set(words.map((w) => Math.round(w.x1))).size === 1
      return words.map((w) => ({ size: (upright ? w.x2 - w.x1 : w.y2 - w.y1) / 1.362, word: w.word, page: i + 1 }))
    }),
  )
}

/**
 * Every page but the cover, the contents and the last at least a third full, and the last more than a
 * few spill-over lines. Sections flow on: one that opens a page leaves the page before at least a third
 * full too (the pagination aims at half full from where the headings fell in a flowing print; a table
 * kept whole can move a heading after that), but for the summary (after the cover) and the first
 * section after the contents, which always open a page.
 */
async function expectWellFilled(pdf: string): Promise<void> {
  const pages = pageFill(pdf)
  // Page 2 holds the contents (after the summary, when there is one).
  const checked = pages.map((p, i) => ({ page: i + 1, fill: Math.round(p.fill * 100) / 100 })).filter(({ page }) => page > 2 && page !== pages.length)
  expect(checked.filter(({ fill }) => fill < 1 / 3), pdf).toEqual([])
  expect(pages.at(-1)!.lines, `${pdf}: lines on the last page`).toBeGreaterThan(5)
  const [, contents, , ...flowing] = await outlineTitles(pdf)
  const toc = contentsOf(pdf, contents!)
  const starts = flowing.map((title) => ({ title, page: contentsPage(toc, title) }))
  expect(starts.filter(({ page }) => page === null), `${pdf}: sections missing from the contents`).toEqual([])
  const opening = starts.map(({ title, page }) => ({ title, page: page! })).filter(({ title, page }) => pageText(pdf, page).startsWith(`${title.replace(/\s+/g, ' ')} `))
  const wasteful = opening.filter(({ page }) => pages[page - 2]!.fill < 1 / 3).map(({ title, page }) => `${title} opens page ${page} after a page ${Math.round(pages[page - 2]!.fill * 100)} % full`)
  expect(wasteful, pdf).toEqual([])
}

describe('the briefing pack (integration, with the real browser)', () => {
  let out: string
  let pdf: string

  beforeAll(async () => {
    out = await tempDir()
    const run = runCli(['build', '--out', out, '--lang', 'en'])
    expect(run.code, run.stderr).toBe(0)
    pdf = path.join(out, 'kyrgyzstan', 'en', 'briefing-pack.pdf')
  })

  it('is a tagged A4 PDF with every font embedded, and says what it is in its metadata', () => {
    const info = pdfInfo(pdf)
    expect(info['Page size']).toMatch(/\(A4\)$/)
    expect(info.Tagged).toBe('yes')
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(10)
    expect(pdfFonts(pdf).filter((f) => !f.embedded)).toEqual([])
    // Every font file is a subset (pdffonts' "sub" column), the one the page numbers are stamped in too.
    // A Type 3 font has no font file: its glyphs (Chromium's for the charts' haloed labels) are drawn
    // in the PDF, only those used; it must still map to Unicode, so the text can be searched and read.
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).map((line) => ({ type3: / Type 3 /.test(line), columns: line.trim().split(/\s+/) }))
    const files = fonts.filter((f) => !f.type3)
    expect(files.length).toBeGreaterThan(0)
    expect(files.filter((f) => f.columns.at(-4) !== 'yes').map((f) => f.columns[0])).toEqual([])
    expect(fonts.filter((f) => f.columns.at(-3) !== 'yes').map((f) => f.columns[0])).toEqual([])
    expect(info.Title).toBe('The Kyrgyz Republic and the United Nations — Briefing pack')
    expect(info.Author).toBe('UN Desk, Ministry of Foreign Affairs of the Kyrgyz Republic')
    expect(info.Subject).toMatch(/^Cooperation of the Kyrgyz Republic with the United Nations/)
    expect(info.Keywords).toContain('Kyrgyz Republic; General Assembly resolutions')
    expect(readFileSync(pdf).toString('latin1')).toContain('/Lang (en)')
  })

  it('has a bookmark per section, and the contents give the page each section starts on', async () => {
    expect(await outlineTitles(pdf)).toEqual(SECTIONS)
    const contents = contentsOf(pdf, 'Contents')
    for (const section of SECTIONS.filter((s) => s !== 'Contents')) {
      const at = contentsPage(contents, section)
      expect(at, section).not.toBeNull()
      // The section's heading is on that page (a section may start mid-page), and the running header names it.
      const page = pageText(pdf, at!)
      expect(page, `${section} on page ${at}`).toContain(`${section} `)
      const header = new RegExp(`The Kyrgyz Republic and the United Nations ((?:[^·]+ · )*${section}(?: · [^·]+?)*) As of`).exec(page)
      expect(header, `the running header of page ${at} names ${section}`).not.toBeNull()
    }
  })

  it('runs a header and a "page n of N" footer on every page but the cover', () => {
    const pages = Number(pdfInfo(pdf).Pages)
    expect(pageText(pdf, 1)).not.toContain('Page 1 of')
    for (let page = 2; page <= pages; page++) {
      const text = pageText(pdf, page)
      expect(text, `page ${page}`).toContain(`Page ${page} of ${pages}`)
      expect(text).toContain('As of 28 November 2026')
    }
  })

  it('has no page but the cover, the contents and the last less than a third full, no last page of a few lines, and no section opening a page the one before leaves half empty', async () => {
    await expectWellFilled(pdf)
  })

  it('prints no placeholder: no "not found" section, no unknown term as a status, no unnamed mission, no "peak n"', () => {
    const text = pdfText(pdf)
    for (const placeholder of [/no adopted resolution was found/, /symbol not found/, /term not known/, /mission not identified/, /peak \d/, /Data quality/]) expect(text).not.toMatch(placeholder)
    expect(text).toContain('Term not known: the sources name the membership but not its dates.')
  })

  it('carries every fact of the source document, the full names, and the notes on the data', () => {
    const text = pdfText(pdf)
    // The sheet names three bodies by their short names; the pack by their full ones.
    const fullNames: Record<string, string> = {
      'UNEP Governing Council': 'Governing Council of the United Nations Environment Programme',
      'UNDP/UNFPA/UNOPS Executive Board': 'Executive Board of the United Nations Development Programme, the United Nations Population Fund',
      'Committee on NGOs': 'Committee on Non-Governmental Organizations',
    }
    expect(SEED_FACTS.map((fact) => fullNames[fact] ?? fact).filter((fact) => !text.includes(fact))).toEqual([])
    // The Radio Regulations Board seat is a national's, held in a personal capacity: shown apart from the state's terms.
    expect(text.replace(/\s+/g, ' ')).toMatch(/Held by a national in a personal capacity, not a term of the state: Radio Regulations Board \(RRB\), 2011–2014/)
    for (const phrase of ['United Nations Mission in Liberia', 'UNRCCA — United Nations Regional Centre for Preventive Diplomacy for Central Asia', 'Kyrgyz uniformed personnel in UN peacekeeping, by year and mission', 'The Kyrgyz Republic is admitted to membership in the United Nations']) {
      expect(text, phrase).toContain(phrase)
    }
  })

  it('prints the charts as vectors, not bitmaps, in every section', () => {
    expect(pdfImageCount(pdf)).toBe(0)
    const text = pdfText(pdf)
    for (const label of ['Question of Palestine', 'United States', 'Mission mandate']) expect(text, label).toContain(label)
  })

  it('wraps a 300-character title on the cover and shortens it in the running header', async () => {
    const dataset = await copyOfDefaultDataset()
    const long = `The Kyrgyz Republic and the United Nations: ${'cooperation on mountains, peace, development and human rights, '.repeat(4)}1992–2026`
    expect(long.length).toBeGreaterThanOrEqual(300)
    await editTable(dataset, 'datapackage.json', '"title": "The Kyrgyz Republic and the United Nations"', `"title": "${long}"`)
    const longOut = await tempDir()
    const run = runCli(['build', '--dataset', dataset, '--out', longOut, '--lang', 'en', '--format', 'pdf', '--paper', 'letter'])
    expect(run.code, run.stderr).toBe(0)
    const file = path.join(longOut, 'kyrgyzstan', 'en', 'briefing-pack.pdf')
    expect(pdfInfo(file)['Page size']).toMatch(/^612 x 792 pts \(letter\)$/)
    expect(pageText(file, 1)).toContain('1992–2026')
    expect(pageText(file, 3)).toMatch(/The Kyrgyz Republic and the United Nations: cooperation .*…/)
    expect(Number(pdfInfo(path.join(longOut, 'kyrgyzstan', 'en', 'factsheet.pdf')).Pages)).toBeLessThanOrEqual(2)
  })
})

describe('the summary, the cover and the cross-references of the pack (integration)', () => {
  let out: string
  const file = (lang: string, ext: string) => path.join(out, 'kyrgyzstan', lang, `briefing-pack.${ext}`)

  beforeAll(async () => {
    const dataset = await datasetWithPackFixture()
    out = await tempDir()
    const run = runCli(['build', '--dataset', dataset, '--out', out, '--force'])
    expect(run.code, run.stderr).toBe(0)
  })

  it('prints the cover lines of the data package, in each language, and no provenance paragraph', () => {
    const cover = pageText(file('en', 'pdf'), 1)
    // The classification line is set in capitals.
    for (const line of ['FOR OFFICIAL USE', 'Briefing for the delegation to the eighty-first session of the General Assembly', 'Issued by: United Nations Department, Ministry of Foreign Affairs', 'As of 28 November 2026']) expect(cover).toContain(line)
    expect(cover).not.toMatch(/seed|source document/i)
    expect(pageText(file('ru', 'pdf'), 1)).toContain('Подготовлено: Департамент ООН, Министерство иностранных дел')
    expect(pageText(file('ky', 'pdf'), 1)).toContain('КЫЗМАТТЫК ПАЙДАЛАНУУ ҮЧҮН')
  })

  it.each(['en', 'ru', 'ky'])('%s: no page but the cover, the contents and the last less than a third full, nor a last page of a few lines, nor a page half empty before a section', async (lang) => {
    await expectWellFilled(file(lang, 'pdf'))
  })

  it.each(['en', 'ru', 'ky'])('%s: prints at full scale, body and tables at 8 pt or more, nothing (notes, footnote markers) under 6.5 pt', (lang) => {
    const sizes = wordSizes(file(lang, 'pdf'))
    const sorted = sizes.map((w) => w.size).sort((a, b) => a - b)
    expect(sorted[Math.floor(sorted.length / 2)]!).toBeGreaterThanOrEqual(7.95)
    expect(sizes.filter((w) => w.size < 6.5).slice(0, 5)).toEqual([])
  })

  it('gives page 2 to the summary, its verified messages in their order, with their sources', () => {
    const page = pageText(file('en', 'pdf'), 2)
    expect(page).toMatch(/^Summary and key messages 1\. Elected on 3 June 2026 .*\[1\] 2\. A Member of the United Nations since 2 March 1992 .*\[2\]/)
    expect(pdfText(file('en', 'pdf'))).not.toContain('no source confirms')
    expect(pageText(file('ru', 'pdf'), 2)).toMatch(/^Резюме и основные тезисы 1\. Избран 3 июня 2026 года/)
  })

  it('prints cross-references from section ids, with the page the contents give', () => {
    const pdf = file('en', 'pdf')
    const pageOf = (section: string) => contentsPage(contentsOf(pdf, 'Contents'), section)
    const text = pdfText(pdf)
    expect(text).toContain(`(see General Assembly resolutions, p. ${pageOf('General Assembly resolutions')})`)
    expect(text).toContain(`(see Peacekeeping, p. ${pageOf('Peacekeeping')}; see UN entities in the country, p. ${pageOf('UN entities in the country')})`)
    expect(pdfText(file('ru', 'pdf'))).toMatch(/\(см\. раздел «Резолюции Генеральной Ассамблеи», с\. \d+\)/)
    expect(pdfText(file('ky', 'pdf'))).toMatch(/\(«[^»]+» бөлүмүн караңыз, \d+-бет\)/)
    // On screen the reference is a link to the section, without a page number.
    expect(readFileSync(file('en', 'html'), 'utf8')).toMatch(/<a class="xref" href="#s-resolutions" data-xref="resolutions" data-print="[^"]+">see General Assembly resolutions<\/a>/)
  })

  it('fits a 390 px screen in every language: nothing past the edge or clipped, tables as rows of lines, the contents off the edge', async () => {
    const launched = await launchBrowser()
    try {
      for (const lang of ['en', 'ru', 'ky']) {
        const page = await launched.browser.newPage()
        await page.setViewport({ width: 390, height: 900 })
        await page.setContent(readFileSync(file(lang, 'html'), 'utf8'), { waitUntil: 'load' })
        await page.evaluate('window.__chartsReady')
        const screen = await page.evaluate(() => {
          const shown = [...document.querySelectorAll<HTMLElement>('main *')].filter((e) => !e.closest('details:not([open]), thead, .visually-hidden') && e.getClientRects().length > 0)
          return {
            width: document.scrollingElement!.scrollWidth,
            pastEdge: shown.filter((e) => e.getBoundingClientRect().right > 390.5 || e.getBoundingClientRect().left < -0.5).map((e) => `${e.tagName}.${e.className}: ${e.textContent!.slice(0, 40)}`),
            clipped: shown.filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible').map((e) => `${e.tagName}.${e.className}`),
            cellsSideBySide: [...document.querySelectorAll('table.data tbody tr')].filter((row) => new Set([...row.children].filter((cell) => cell.getClientRects().length > 0).map((cell) => Math.round(cell.getBoundingClientRect().left))).size > 1).length,
            contentsLeft: document.querySelector('ol.toc')!.getBoundingClientRect().left,
          }
        })
        expect(screen, lang).toMatchObject({ width: 390, pastEdge: [], clipped: [], cellsSideBySide: 0 })
        expect(screen.contentsLeft, lang).toBeGreaterThanOrEqual(12)
        await page.close()
      }
    } finally {
      await launched.close()
    }
  })
})
