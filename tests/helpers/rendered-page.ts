import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'puppeteer-core'
import type { DrawnCanvas, DrawnText } from './pdf-words.ts'

/**
 * Installed before the document's own scripts: records every string a canvas draws, with where it
 * starts and its font box in the canvas's bitmap pixels. A chart clears its whole canvas before each
 * drawing, so that starts the canvas's list afresh and the list holds the last drawing only.
 */
const RECORD_CANVAS_TEXT = `(() => {
  const drawn = new Map()
  window.__drawnText = drawn
  const proto = CanvasRenderingContext2D.prototype
  const { fillText, clearRect } = proto
  proto.clearRect = function (x, y, w, h) {
    const t = this.getTransform()
    if (t.isIdentity && x <= 0 && y <= 0 && w >= this.canvas.width && h >= this.canvas.height) drawn.set(this.canvas, [])
    return clearRect.call(this, x, y, w, h)
  }
  proto.fillText = function (text, x, y, ...rest) {
    const m = this.measureText(text)
    const t = this.getTransform()
    const start = this.textAlign === 'center' ? x - m.width / 2 : this.textAlign === 'right' || this.textAlign === 'end' ? x - m.width : x
    const px = Number((/([\\d.]+)px/.exec(this.font) || [0, 0])[1])
    const [above, below] = [y - m.fontBoundingBoxAscent, y + m.fontBoundingBoxDescent]
    const corners = [[start, above], [start + m.width, above], [start, below], [start + m.width, below]].map(([cx, cy]) => [t.a * cx + t.c * cy + t.e, t.b * cx + t.d * cy + t.f])
    const xs = corners.map((c) => c[0])
    const ys = corners.map((c) => c[1])
    const list = drawn.get(this.canvas) || []
    drawn.set(this.canvas, list)
    list.push({
      text: String(text),
      left: t.a * start + t.e,
      top: t.d * (y - m.fontBoundingBoxAscent) + t.f,
      height: t.d * (m.fontBoundingBoxAscent + m.fontBoundingBoxDescent),
      upright: Math.abs(t.b) < 1e-9 && Math.abs(t.c) < 1e-9 && t.a > 0 && t.d > 0,
      bitmapPx: px * Math.hypot(t.c, t.d),
      box: { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) },
    })
    return fillText.call(this, text, x, y, ...rest)
  }
})()`

export interface RecordedCanvas extends DrawnCanvas {
  /** The canvas as laid out, in CSS pixels (0 when not rendered). */
  readonly box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number }
}

/**
 * A screen of the given width, or the printer. Printing starts from a page as the pipeline's printing
 * page may be: fresh (puppeteer's default viewport, screen media), or, with `width`, one left at that
 * width in print media (the printing pages are reused, and fitting a sheet leaves them so). A chart
 * that sizes itself to its column draws differently in each.
 */
export type OpenAs = { readonly screen: number } | { readonly print: 'fresh' | number }

/**
 * A built document in a page of its own, its charts drawn. For print, the page is printed once (with
 * the size and margins of the document's own @page rule): a chart may draw itself again for print,
 * and this records that drawing. The PDF itself is not needed.
 */
export async function openBuiltDocument(browser: Browser, file: string, as: OpenAs): Promise<Page> {
  const page = await browser.newPage()
  if ('screen' in as) await page.setViewport({ width: as.screen, height: 900 })
  else if (as.print !== 'fresh') {
    await page.setViewport({ width: as.print, height: 800 })
    await page.emulateMediaType('print')
  }
  await page.evaluateOnNewDocument(RECORD_CANVAS_TEXT)
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' })
  await page.evaluate('window.__chartsReady')
  if ('print' in as) await page.pdf({ preferCSSPageSize: true, printBackground: true })
  return page
}

/** Every canvas's last drawing: the strings it drew, its bitmap size and its box on the page. */
export async function recordedCanvases(page: Page): Promise<RecordedCanvas[]> {
  return page.evaluate(() => {
    const drawn = (window as unknown as { __drawnText: Map<HTMLCanvasElement, DrawnText[]> }).__drawnText
    return [...document.querySelectorAll('canvas')].map((canvas) => {
      const r = canvas.getBoundingClientRect()
      return { id: canvas.id, width: canvas.width, height: canvas.height, texts: drawn.get(canvas) ?? [], box: { x: r.x, y: r.y, width: r.width, height: r.height } }
    })
  })
}

/**
 * What a reader of the HTML can see or hear: the text of the page with every data table opened, the
 * title, the description and the labels read out in place of charts.
 */
export async function readerText(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true
    const labels = [...document.querySelectorAll('[aria-label], [alt], [title]')].map((e) => [e.getAttribute('aria-label'), e.getAttribute('alt'), e.getAttribute('title')].filter(Boolean).join(' '))
    const meta = [...document.querySelectorAll('meta[name="description"], meta[name="author"]')].map((m) => m.getAttribute('content') ?? '')
    return [document.title, ...meta, document.body.innerText, ...labels].join('\n')
  })
}

type WithCharts = { Chart: { getChart(canvas: HTMLCanvasElement): { data: { labels?: unknown[] } } | undefined } }

/** Each canvas's chart and the labels of its categories (its rows or columns). */
export async function chartLabels(page: Page): Promise<{ id: string; labels: string[] }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('canvas')].map((c) => ({ id: c.id, labels: ((window as unknown as WithCharts).Chart.getChart(c)?.data.labels ?? []).map(String) })),
  )
}

export interface ChartRow {
  readonly label: string
  /** CSS pixels along the value axis where the row shows the colour. */
  readonly coloured: number
  /** CSS pixels the value axis gives a year. */
  readonly perYear: number
}

/**
 * For each category row of a drawn chart: how much of it, along the value axis, shows the colour (each
 * channel within 30 of it). Read from the canvas's own pixels, so it is what a reader sees, whatever
 * order or hatching the bars were drawn with.
 */
export async function colourInRows(page: Page, canvasId: string, colour: string): Promise<ChartRow[]> {
  return page.evaluate(
    (id, hex) => {
      const canvas = document.getElementById(id) as HTMLCanvasElement
      type Scale = { type: string; axis: string; min: number; max: number; getPixelForValue(v: number): number; getLabels(): string[] }
      const chart = (window as unknown as { Chart: { getChart(c: HTMLCanvasElement): { width: number; scales: Record<string, Scale> } } }).Chart.getChart(canvas)
      const scales = Object.values(chart.scales)
      const category = scales.find((s) => s.type === 'category')!
      const value = scales.find((s) => s !== category)!
      const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
      const ratio = canvas.width / chart.width
      const img = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
      const matches = (x: number, y: number) => want.every((c, k) => Math.abs(img.data[(y * canvas.width + x) * 4 + k]! - c) <= 30)
      const labels = category.getLabels()
      const step = labels.length > 1 ? Math.abs(category.getPixelForValue(1) - category.getPixelForValue(0)) : 10
      const year = value.type === 'time' || value.type === 'timeseries' || value.max > 1e6 ? 365.25 * 86_400_000 : 1
      const perYear = Math.abs(value.getPixelForValue(value.min + year) - value.getPixelForValue(value.min))
      const along = category.axis === 'y' ? canvas.width : canvas.height
      return labels.map((label, i) => {
        const centre = Math.round(category.getPixelForValue(i) * ratio)
        const half = Math.floor((step / 2) * ratio)
        let coloured = 0
        for (let a = 0; a < along; a++) {
          for (let b = centre - half; b <= centre + half; b++) {
            if (category.axis === 'y' ? b >= 0 && b < canvas.height && matches(a, b) : b >= 0 && b < canvas.width && matches(b, a)) {
              coloured++
              break
            }
          }
        }
        return { label, coloured: coloured / ratio, perYear }
      })
    },
    canvasId,
    colour,
  )
}

export interface ScreenProblems {
  /** The page scrolls sideways: its width beyond the viewport's, in CSS pixels. */
  readonly pageOverflow: number
  /** Elements that reach past the viewport's left or right edge. */
  readonly wider: readonly string[]
  /** Elements whose content is cut off or must be scrolled inside them. */
  readonly clipped: readonly string[]
  /** Elements whose own text is set smaller than the floor, with their size. */
  readonly smallText: readonly string[]
}

/**
 * What a phone reader would meet in the page as laid out now, every data table opened: content past
 * the screen's edge, content cut off, and text below `minPx`. Visually hidden text (the 1-pixel
 * clipped pattern for screen readers) and a canvas's fallback content are not shown, so not counted.
 */
export async function screenProblems(page: Page, minPx: number): Promise<ScreenProblems> {
  return page.evaluate((floor) => {
    for (const details of document.querySelectorAll('details')) details.open = true
    const vw = document.documentElement.clientWidth
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')} “${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}”`
    const hiddenForScreenReaders = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const r = e.getBoundingClientRect()
        const s = getComputedStyle(e)
        if ((s.clip !== 'auto' || s.clipPath !== 'none') && (r.width <= 1 || r.height <= 1)) return true
      }
      return false
    }
    const shown = [...document.body.querySelectorAll('*')].filter((el) => {
      if (el.closest('canvas, script, style, template, noscript')) return false
      const r = el.getBoundingClientRect()
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && !hiddenForScreenReaders(el)
    })
    const wider = shown.filter((el) => {
      const r = el.getBoundingClientRect()
      return r.left < -0.5 || r.right > vw + 0.5
    })
    const clipped = shown.filter((el) => {
      const s = getComputedStyle(el)
      const cutsX = s.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1
      const cutsY = s.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1
      return (cutsX || cutsY) && el !== document.body && el !== document.documentElement
    })
    const ownText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')
    const smallText = shown.filter((el) => ownText(el) && parseFloat(getComputedStyle(el).fontSize) < floor - 0.01)
    return {
      pageOverflow: Math.max(0, document.documentElement.scrollWidth - vw),
      wider: wider.map(name),
      clipped: clipped.map(name),
      smallText: smallText.map((el) => `${getComputedStyle(el).fontSize} ${name(el)}`),
    }
  }, minPx)
}
