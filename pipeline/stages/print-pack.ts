import type { Browser } from 'puppeteer-core'
import { assemblePack, type PackLayout, type PdfMetadata } from '../lib/pdf-finish.ts'
import { DEFAULT_TIMEOUT_MS, openDocument, pageCount, withTimeout } from './print.ts'

export interface PackPrintOptions {
  readonly paper?: 'A4' | 'Letter'
  readonly timeoutMs?: number
  /** The parts in order, from the cover on: ids of `.pack-section[data-section]`, and their headings (null for the cover). */
  readonly parts: readonly { readonly id: string; readonly title: string | null }[]
  readonly layout: Omit<PackLayout, 'marginPt'>
  readonly meta: PdfMetadata
}

/** Room for the running header and footer that are stamped on afterwards. */
const MARGIN = { top: '20mm', right: '18mm', bottom: '18mm', left: '18mm' }
const MARGIN_PT = (18 / 25.4) * 72

/**
 * Print stage for the briefing pack: every part printed apart (so each starts on a page of its own and
 * its pages are known), the contents filled with the real page numbers and printed again, then one
 * PDF with running headers, "page n of N" footers and a bookmark per part.
 */
export async function printPack(browser: Browser, html: string, options: PackPrintOptions): Promise<{ pdf: Uint8Array; pages: number }> {
  const page = await browser.newPage()
  const work = async () => {
    await openDocument(page, html, options.timeoutMs)
    const printPart = async (id: string) => {
      await page.evaluate((only: string) => {
        for (const section of document.querySelectorAll<HTMLElement>('.pack-section')) section.hidden = section.dataset.section !== only
      }, id)
      return page.pdf({ format: options.paper ?? 'A4', printBackground: true, margin: MARGIN, tagged: false })
    }
    const printed = new Map<string, Uint8Array>()
    for (const part of options.parts) printed.set(part.id, await printPart(part.id))
    let next = 1
    const starts: Record<string, number> = {}
    for (const part of options.parts) {
      starts[part.id] = next
      next += pageCount(printed.get(part.id)!)
    }
    await page.evaluate((pages: Record<string, number>) => {
      for (const cell of document.querySelectorAll<HTMLElement>('[data-toc-page]')) cell.textContent = String(pages[cell.dataset.tocPage ?? ''] ?? '')
    }, starts)
    printed.set('contents', await printPart('contents'))
    return assemblePack(
      options.parts.map((part) => ({ ...part, pdf: printed.get(part.id)! })),
      { ...options.layout, marginPt: MARGIN_PT },
      options.meta,
    )
  }
  try {
    return await withTimeout(work(), (options.timeoutMs ?? DEFAULT_TIMEOUT_MS) * 2, 'Printing the briefing pack')
  } finally {
    await page.close().catch(() => undefined)
  }
}
