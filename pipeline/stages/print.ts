import type { Browser, Page } from 'puppeteer-core'
import { CliError } from '../errors.ts'

export const DEFAULT_TIMEOUT_MS = 60_000

/** A sheet's page margins; they match the @page rule of templates/styles/factsheet.css. */
export const SHEET_MARGIN = { top: '10mm', right: '10mm', bottom: '12mm', left: '10mm' } as const

export interface PrintOptions {
  /** Left of the footer, e.g. the title and the as-of date. */
  readonly footerText: string
  readonly paper?: 'A4' | 'Letter'
  readonly timeoutMs?: number
  /**
   * The most pages the document may take. A longer language (Russian runs a fifth longer than
   * English) is printed a little smaller, down to MIN_SCALE, rather than spill onto another page.
   */
  readonly maxPages?: number
}

export interface PrintedPdf {
  readonly pdf: Uint8Array
  readonly pages: number
  /** 1 unless the document was shrunk to fit maxPages. */
  readonly scale: number
}

const SCALE_STEP = 0.02
/** The height a page leaves for content between the margins below, in CSS pixels (96 per inch). */
const PAGE_CONTENT_PX = { A4: ((297 - 22) / 25.4) * 96, Letter: ((279.4 - 22) / 25.4) * 96 } as const
const PAGE_CONTENT_WIDTH_PX = { A4: ((210 - 20) / 25.4) * 96, Letter: ((215.9 - 20) / 25.4) * 96 } as const
const MIN_SCALE = 0.85

export const pageCount = (pdf: Uint8Array) => Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Header and footer templates get none of the page's CSS, so they carry their own font and size. */
function footerTemplate(text: string): string {
  const style = "font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 6.5pt; color: #5c5c5c; width: 100%; margin: 0 10mm; display: flex; justify-content: space-between;"
  return `<div style="${style}"><span>${escapeHtml(text)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`
}

/**
 * Print stage: HTML → PDF bytes. The page may load nothing but the document itself, and printing
 * starts only when the page says its charts are drawn.
 */
/** Rejects when `work` takes longer than `ms`: a page whose charts never finish must not hang a cron job. */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CliError(`${what} took longer than ${Math.round(ms / 1000)} s and was stopped`, { hint: 'a chart that never finishes drawing is the usual cause; raise the limit with --timeout SECONDS if the document is just large' })), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

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
  // Trial prints only count pages, so they skip the structure tree and the outline, which cost half
  // of a print; the document itself is printed once, tagged, at the scale the trials found.
  const print = async (scale: number, final: boolean): Promise<PrintedPdf> => {
    const pdf = await page.pdf({
      format: options.paper ?? 'A4',
      scale,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerTemplate(options.footerText),
      preferCSSPageSize: false,
      tagged: final,
      outline: final,
      margin: SHEET_MARGIN,
    })
    return { pdf, pages: pageCount(pdf), scale }
  }
  if (!options.maxPages) return print(1, true)
  // Start from the scale at which the content's height would just fill the pages, then step down:
  // pagination keeps figures and rows whole, so the estimate is a lower bound on what is needed.
  // Measure the page as the printer lays it out: print styles, at the width between the margins.
  await page.emulateMediaType('print')
  await page.setViewport({ width: Math.round(PAGE_CONTENT_WIDTH_PX[options.paper ?? 'A4']), height: 800 })
  const height = Number(await page.evaluate('document.documentElement.scrollHeight'))
  const estimate = Math.floor(((options.maxPages * PAGE_CONTENT_PX[options.paper ?? 'A4']) / height) * 100) / 100
  let trial = await print(estimate >= 1 ? 1 : Math.max(MIN_SCALE, estimate), false)
  while (trial.pages > options.maxPages && trial.scale - SCALE_STEP >= MIN_SCALE - 1e-9) {
    trial = await print(Math.round((trial.scale - SCALE_STEP) * 100) / 100, false)
  }
  return print(trial.scale, true)
}
