import type { Browser } from 'puppeteer-core'

export interface PrintOptions {
  /** Left of the footer, e.g. the title and the as-of date. */
  readonly footerText: string
  readonly paper?: 'A4' | 'Letter'
  readonly timeoutMs?: number
}

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
export async function printPdf(browser: Browser, html: string, options: PrintOptions): Promise<Uint8Array> {
  const page = await browser.newPage()
  try {
    page.setDefaultTimeout(options.timeoutMs ?? 30_000)
    await page.setRequestInterception(true)
    page.on('request', (request) => {
      const url = request.url()
      if (url.startsWith('data:') || url === 'about:blank') void request.continue()
      else void request.abort('blockedbyclient')
    })
    await page.setContent(html, { waitUntil: 'load' })
    await page.evaluate('window.__chartsReady')
    return await page.pdf({
      format: options.paper ?? 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerTemplate(options.footerText),
      preferCSSPageSize: false,
      margin: { top: '10mm', right: '10mm', bottom: '12mm', left: '10mm' },
    })
  } finally {
    await page.close().catch(() => undefined)
  }
}
