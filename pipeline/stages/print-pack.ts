import type { Browser } from 'puppeteer-core'
import { assemblePack, loadPdf, outlinePages, type PackLayout, type PdfMetadata } from '../lib/pdf-finish.ts'
import { DEFAULT_TIMEOUT_MS, openDocument, withTimeout } from './print.ts'

export interface PackPrintOptions {
  readonly paper?: 'A4' | 'Letter'
  readonly timeoutMs?: number
  /** The parts in order, from the cover on: ids of `.pack-section[data-section]`, each with one <h1>, and their headings (null for the cover). */
  readonly parts: readonly { readonly id: string; readonly title: string | null }[]
  readonly layout: Omit<PackLayout, 'marginPt'>
  readonly meta: PdfMetadata
}

/** Room for the running header and footer that are stamped on afterwards. */
const MARGIN = { top: '20mm', right: '18mm', bottom: '18mm', left: '18mm' }
const MARGIN_PT = (18 / 25.4) * 72

/**
 * Print stage for the briefing pack, printed whole: each part starts on a page of its own, and
 * Chromium's outline of the headings (one top-level heading per part) says on which. The contents get
 * those page numbers and the pack is printed again (again, should the numbers move a page), then
 * finished with running headers, "page n of N" footers and a bookmark per part.
 */
export async function printPack(browser: Browser, html: string, options: PackPrintOptions): Promise<{ pdf: Uint8Array; pages: number }> {
  const page = await browser.newPage()
  const print = async () => {
    const doc = await loadPdf(await page.pdf({ format: options.paper ?? 'A4', printBackground: true, margin: MARGIN, tagged: true, outline: true }))
    const starts = outlinePages(doc)
    if (starts.length !== options.parts.length || starts.some((start, i) => start < 1 || (i > 0 && start <= starts[i - 1]!))) {
      throw new Error(`bug: the pack has ${starts.length} top-level headings for ${options.parts.length} parts; each part must have exactly one <h1>`)
    }
    return { doc, starts }
  }
  const work = async () => {
    await openDocument(page, html, options.timeoutMs)
    let printed = await print()
    let numbered: readonly number[] = []
    for (let attempt = 0; attempt < 3 && printed.starts.join() !== numbered.join(); attempt++) {
      numbered = printed.starts
      const pages = Object.fromEntries(options.parts.map((part, i) => [part.id, numbered[i]!]))
      await page.evaluate((starts: Record<string, number>) => {
        for (const cell of document.querySelectorAll<HTMLElement>('[data-toc-page]')) cell.textContent = String(starts[cell.dataset.tocPage ?? ''] ?? '')
      }, pages)
      printed = await print()
    }
    const parts = options.parts.map((part, i) => ({ ...part, start: printed.starts[i]! }))
    return assemblePack(printed.doc, parts, { ...options.layout, marginPt: MARGIN_PT }, options.meta)
  }
  try {
    return await withTimeout(work(), (options.timeoutMs ?? DEFAULT_TIMEOUT_MS) * 2, 'Printing the briefing pack')
  } finally {
    await page.close().catch(() => undefined)
  }
}
