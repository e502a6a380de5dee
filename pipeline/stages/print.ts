import type { Browser, Page } from 'puppeteer-core'
import { CliError, EXIT } from '../errors.ts'

export const DEFAULT_TIMEOUT_MS = 60_000

/** A sheet's page margins; they match the @page rule of templates/styles/factsheet.css. */
export const SHEET_MARGIN = { top: '10mm', right: '10mm', bottom: '12mm', left: '10mm' } as const

export interface PrintOptions {
  /** Left of the footer, e.g. the title and the as-of date. */
  readonly footerText: string
  readonly paper?: 'A4' | 'Letter'
  readonly timeoutMs?: number
  /**
   * The most pages the document may take. It is printed at 100 % or not at all: a document that runs
   * longer is an error that says which part overflows and by how much, so the editor can cut content.
   */
  readonly maxPages?: number
  /** The document as the error names it, e.g. `kyrgyzstan/ru/factsheet.pdf`. */
  readonly name?: string
}

export interface PrintedPdf {
  readonly pdf: Uint8Array
  readonly pages: number
}

/** The height a page leaves for content between the margins below, in CSS pixels (96 per inch). */
const PAGE_CONTENT_PX = { A4: ((297 - 22) / 25.4) * 96, Letter: ((279.4 - 22) / 25.4) * 96 } as const
const PAGE_CONTENT_WIDTH_PX = { A4: ((210 - 20) / 25.4) * 96, Letter: ((215.9 - 20) / 25.4) * 96 } as const
const MM_PER_PX = 25.4 / 96

export const pageCount = (pdf: Uint8Array) => Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Header and footer templates get none of the page's CSS, so they carry their own font and size. */
function footerTemplate(text: string): string {
  const style = "font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 6.5pt; color: #5c5c5c; width: 100%; margin: 0 10mm; display: flex; justify-content: space-between;"
  return `<div style="${style}"><span>${escapeHtml(text)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`
}

/** Rejects when `work` takes longer than `ms`: a page whose charts never finish must not hang a cron job. */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CliError(`${what} took longer than ${Math.round(ms / 1000)} s and was stopped`, { hint: 'a chart that never finishes drawing is the usual cause; raise the limit with --timeout SECONDS if the document is just large' })), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/**
 * Print stage: HTML → PDF bytes at 100 %. The page may load nothing but the document itself, and
 * printing starts only when the page says its charts are drawn.
 */
export async function printPdf(browser: Browser, html: string, options: PrintOptions): Promise<PrintedPdf> {
  const page = await browser.newPage()
  try {
    return await withTimeout(printPage(page, html, options), options.timeoutMs ?? DEFAULT_TIMEOUT_MS, 'Printing the document')
  } finally {
    await page.close().catch(() => undefined)
  }
}

/**
 * Loads a document into a page that may load nothing but the document itself, and waits until the
 * page says its charts are drawn.
 */
export async function openDocument(page: Page, html: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
  await lockDown(page, timeoutMs)
  await loadDocument(page, html)
}

/** Once per page: it may load nothing but the documents set into it. */
export async function lockDown(page: Page, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
  page.setDefaultTimeout(timeoutMs)
  await page.setRequestInterception(true)
  page.on('request', (request) => {
    const url = request.url()
    if (url.startsWith('data:') || url === 'about:blank') void request.continue()
    else void request.abort('blockedbyclient')
  })
}

/**
 * A document into a page, from a fresh window: setContent alone would keep the previous document's
 * window and its globals (Chart, __chartsReady), so a reused page first goes to about:blank.
 */
export async function loadDocument(page: Page, html: string): Promise<void> {
  if (page.url() !== 'about:blank') await page.goto('about:blank')
  await page.setContent(html, { waitUntil: 'load' })
  await page.evaluate('window.__chartsReady')
}

async function printPage(page: Page, html: string, options: PrintOptions): Promise<PrintedPdf> {
  await openDocument(page, html, options.timeoutMs)
  const pdf = await page.pdf({
    format: options.paper ?? 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: footerTemplate(options.footerText),
    preferCSSPageSize: false,
    tagged: true,
    outline: true,
    margin: SHEET_MARGIN,
  })
  const pages = pageCount(pdf)
  if (options.maxPages && pages > options.maxPages) throw await overflowError(page, pages, options)
  return { pdf, pages }
}

/** A part of the document as laid out for print: its heading and where it starts and ends, in px. */
export interface LaidOutPart {
  readonly name: string
  readonly top: number
  readonly bottom: number
}

/** The top-level parts of the document's main element, measured in print styles at the page's width. */
async function layOut(page: Page, paper: 'A4' | 'Letter'): Promise<LaidOutPart[]> {
  await page.emulateMediaType('print')
  await page.setViewport({ width: Math.round(PAGE_CONTENT_WIDTH_PX[paper]), height: 800 })
  return page.evaluate(() =>
    [...(document.querySelector('main')?.children ?? [])].map((part) => {
      const box = part.getBoundingClientRect()
      const heading = part.querySelector('h1, h2')?.textContent?.trim() || part.className
      return { name: heading, top: box.top + window.scrollY, bottom: box.bottom + window.scrollY }
    }).filter((part) => part.bottom > part.top),
  )
}

/**
 * What to cut, said in the editor's terms: how far the content runs past the last page, the part in
 * which the next page would start, and the height of each part, largest first.
 */
export function overflowMessage(name: string, pages: number, maxPages: number, parts: readonly LaidOutPart[], pageHeightPx: number): { message: string; hint: string } {
  const limit = maxPages * pageHeightPx
  const end = Math.max(0, ...parts.map((p) => p.bottom))
  const mm = (px: number) => Math.round(px * MM_PER_PX)
  const over = end - limit
  const spill = parts.find((p) => p.bottom > limit) ?? parts[parts.length - 1]
  const amount = over > 0 ? `it is about ${mm(over)} mm too long` : 'page breaks before parts that must stay whole push it over'
  const sizes = [...parts].sort((a, b) => b.bottom - b.top - (a.bottom - a.top)).slice(0, 4).map((p) => `"${p.name}" ${mm(p.bottom - p.top)} mm`)
  return {
    message: `${name} runs to ${pages} pages, but a fact sheet has ${maxPages}: ${amount}${spill ? `; page ${maxPages + 1} would start in "${spill.name}"` : ''}`,
    hint: `cut content, not type size: set highlight to false on rows of the longest parts (${sizes.join(', ')}) or shorten their texts; the briefing pack keeps every row`,
  }
}

async function overflowError(page: Page, pages: number, options: PrintOptions): Promise<CliError> {
  const paper = options.paper ?? 'A4'
  const { message, hint } = overflowMessage(options.name ?? 'The document', pages, options.maxPages ?? pages, await layOut(page, paper), PAGE_CONTENT_PX[paper])
  return new CliError(message, { hint, exitCode: EXIT.dataErrors })
}
