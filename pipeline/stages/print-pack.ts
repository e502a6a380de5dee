import type { Browser, Page } from 'puppeteer-core'
import { PAGE_SLOT } from '../../templates/cross-references.ts'
import { chooseBreaks, type BreakBefore } from '../lib/pack-pagination.ts'
import { assemblePack, loadPdf, outlinePlaces, type PackLayout, type PdfMetadata } from '../lib/pdf-finish.ts'
import { DEFAULT_TIMEOUT_MS, openDocument, withTimeout } from './print.ts'

export interface PackPrintOptions {
  readonly paper?: 'A4' | 'Letter'
  readonly timeoutMs?: number
  /** The parts in order, from the cover on: ids of `.pack-section[data-section]`, each with one <h1>, their headings (null for the cover) and where they may open a page. */
  readonly parts: readonly { readonly id: string; readonly title: string | null; readonly breakBefore: BreakBefore }[]
  readonly layout: Omit<PackLayout, 'marginPt' | 'topMarginPt'>
  readonly meta: PdfMetadata
}

/** Room for the running header and footer that are stamped on afterwards. */
const MARGIN = { top: '20mm', right: '18mm', bottom: '18mm', left: '18mm' }
const MM = 72 / 25.4
const MARGIN_PT = 18 * MM
const TOP_MARGIN_PT = 20 * MM
/** The width between the side margins, in CSS pixels (96 per inch). */
const PRINTABLE_WIDTH_PX = { A4: ((210 - 36) / 25.4) * 96, Letter: ((215.9 - 36) / 25.4) * 96 } as const

/**
 * The height of the last part as it prints, in points: laid out for print at the width of the page.
 * The page stays laid out so, which is how it is printed next (and spares the printing a layout).
 */
async function lastPartHeight(page: Page, paper: 'A4' | 'Letter'): Promise<number> {
  await page.setViewport({ width: Math.round(PRINTABLE_WIDTH_PX[paper]), height: 1000 })
  await page.emulateMediaType('print')
  const px = await page.evaluate(() => [...document.querySelectorAll('.pack-section')].at(-1)?.getBoundingClientRect().height ?? 0)
  return px * 0.75
}

/**
 * Sets the page breaks chosen and writes the page numbers into the contents (`data-toc-page`) and the
 * cross-references (`data-xref`, whose `data-print` text holds PAGE_SLOT where the number goes).
 */
function layOut(page: Page, breaks: readonly string[], pages: Record<string, number>): Promise<void> {
  return page.evaluate(
    (breaks: readonly string[], pages: Record<string, number>, slot: string) => {
      for (const section of document.querySelectorAll<HTMLElement>('.pack-section[data-section]')) section.classList.toggle('page-break', breaks.includes(section.dataset.section ?? ''))
      for (const cell of document.querySelectorAll<HTMLElement>('[data-toc-page]')) cell.textContent = String(pages[cell.dataset.tocPage ?? ''] ?? '')
      for (const ref of document.querySelectorAll<HTMLElement>('[data-xref]')) {
        const n = pages[ref.dataset.xref ?? '']
        if (n !== undefined && ref.dataset.print) ref.textContent = ref.dataset.print.replace(slot, String(n))
      }
    },
    breaks,
    pages,
    PAGE_SLOT,
  )
}

/**
 * Print stage for the briefing pack, printed whole. It is printed once flowing (page breaks only
 * where a part always opens a page); where the headings fell decides which other parts open a page
 * (see pack-pagination.ts). It is printed again with those breaks and the page numbers they give in
 * the contents and cross-references (and again, should a number be off), then finished with running
 * headers, "page n of N" footers and a bookmark per part.
 */
export async function printPack(browser: Browser, html: string, options: PackPrintOptions): Promise<{ pdf: Uint8Array; pages: number }> {
  const page = await browser.newPage()
  const ids = options.parts.map((part) => part.id)
  const print = async () => {
    const doc = await loadPdf(await page.pdf({ format: options.paper ?? 'A4', printBackground: true, margin: MARGIN, tagged: true, outline: true }))
    const places = outlinePlaces(doc, TOP_MARGIN_PT)
    if (places.length !== ids.length || places.some((place, i) => place.page < 1 || (i > 0 && place.page < places[i - 1]!.page))) {
      throw new Error(`bug: the pack has ${places.length} top-level headings for ${ids.length} parts; each part must have exactly one <h1>`)
    }
    return { doc, places, starts: places.map((place) => place.page) }
  }
  const byId = (starts: readonly number[]) => Object.fromEntries(ids.map((id, i) => [id, starts[i]!]))
  const work = async () => {
    await openDocument(page, html, options.timeoutMs)
    const always = options.parts.filter((part) => part.breakBefore === 'always').map((part) => part.id)
    await layOut(page, always, {})
    const lastHeight = await lastPartHeight(page, options.paper ?? 'A4')
    const flowing = await print()
    const pageHeight = flowing.doc.getPage(0).getHeight() - TOP_MARGIN_PT - MARGIN_PT
    const { breaks, starts } = chooseBreaks(options.parts, flowing.places, pageHeight, lastHeight)
    let numbered = starts
    await layOut(page, breaks, byId(numbered))
    let printed = await print()
    for (let attempt = 0; attempt < 2 && printed.starts.join() !== numbered.join(); attempt++) {
      numbered = printed.starts
      await layOut(page, breaks, byId(numbered))
      printed = await print()
    }
    const parts = options.parts.map((part, i) => ({ id: part.id, title: part.title, place: printed.places[i]! }))
    return assemblePack(printed.doc, parts, { ...options.layout, marginPt: MARGIN_PT, topMarginPt: TOP_MARGIN_PT }, options.meta)
  }
  try {
    return await withTimeout(work(), (options.timeoutMs ?? DEFAULT_TIMEOUT_MS) * 2, 'Printing the briefing pack')
  } finally {
    await page.close().catch(() => undefined)
  }
}
