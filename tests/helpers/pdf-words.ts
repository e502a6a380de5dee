import { execFileSync } from 'node:child_process'

/**
 * Noto Sans's ascent + descent (1.069 + 0.293 em): poppler's word box is that tall, so box height /
 * this is the printed type size in points. The print review measured this way; the test suite checks
 * the factor against a PDF of known size before trusting it.
 */
export const NOTO_SANS_BOX_EM = 1.362

export interface Word {
  readonly text: string
  readonly xMin: number
  readonly yMin: number
  readonly xMax: number
  readonly yMax: number
  /** Type size in points. */
  readonly size: number
}

export interface PdfPage {
  /** 1-based, as printed. */
  readonly number: number
  readonly width: number
  readonly height: number
  readonly words: readonly Word[]
}

export interface Rect {
  readonly page: number
  readonly xMin: number
  readonly yMin: number
  readonly xMax: number
  readonly yMax: number
}

const unescapeXml = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp|#\d+);/g, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : e === 'amp' ? '&' : String.fromCodePoint(Number(e.slice(1))),
  )

/** Every page's words with their boxes (points, origin top left), as `pdftotext -bbox` sees them. */
export function readPdfWords(file: string): PdfPage[] {
  const xml = execFileSync('pdftotext', ['-q', '-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const pages: PdfPage[] = []
  for (const page of xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">(.*?)<\/page>/gs)) {
    const words: Word[] = []
    for (const w of page[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<\/word>/g)) {
      const [xMin, yMin, xMax, yMax] = [w[1], w[2], w[3], w[4]].map(Number) as [number, number, number, number]
      const text = unescapeXml(w[5]!)
      if (text.trim()) words.push({ text, xMin, yMin, xMax, yMax, size: (yMax - yMin) / NOTO_SANS_BOX_EM })
    }
    pages.push({ number: pages.length + 1, width: Number(page[1]), height: Number(page[2]), words })
  }
  return pages
}

export interface PrintedWord {
  readonly page: number
  readonly text: string
  /** Type size in points, from the word's box as poppler sees it. */
  readonly pt: number
}

/** Every word of a PDF with its page and printed size (the sheet's print tests read this). */
export function printedWords(file: string): PrintedWord[] {
  return readPdfWords(file).flatMap((page) => page.words.map((w) => ({ page: page.number, text: w.text, pt: w.size })))
}

/** The share of a page's height, at top and at bottom, where a running header or footer may sit. */
const RUNNING_BAND = 0.12
const key = (w: Word) => `${w.text}@${Math.round(w.xMin)},${Math.round(w.yMin)}`

/**
 * The running header and footer: the outermost lines of a page, in its top or bottom band, that hold a
 * word printed at the same place on at least three quarters of the pages (the title, "Page", "of"),
 * with the rest of their line (page number, the section's name). Counting from the page's edge stops
 * at the first line that does not recur, so a table header repeated below the running header is body.
 * A document of one page has none.
 */
export function runningWords(pages: readonly PdfPage[]): Set<Word> {
  const seen = new Map<string, number>()
  for (const page of pages) for (const k of new Set(page.words.map(key))) seen.set(k, (seen.get(k) ?? 0) + 1)
  const recurs = (w: Word) => pages.length >= 2 && (seen.get(key(w)) ?? 0) >= Math.max(2, 0.75 * pages.length)
  const running = new Set<Word>()
  for (const page of pages) {
    const lines = [...new Set(page.words.map((w) => Math.round(w.yMin)))].sort((a, b) => a - b).map((y) => page.words.filter((w) => Math.abs(w.yMin - y) < 1))
    const fromEdge = (ordered: Word[][], inBand: (w: Word) => boolean) => {
      for (const line of ordered) {
        if (!line.every(inBand) || !line.some(recurs)) return
        for (const w of line) running.add(w)
      }
    }
    fromEdge(lines, (w) => w.yMax <= page.height * RUNNING_BAND)
    fromEdge([...lines].reverse(), (w) => w.yMin >= page.height * (1 - RUNNING_BAND))
  }
  return running
}

/**
 * How full each page is: from the top of the body (the highest body word of the whole document) down
 * to the page's lowest body word, as a share of the body's height (down to the lowest body word of the
 * whole document). Running header and footer are not body; a page without body words is 0 full.
 */
export function pageFill(pages: readonly PdfPage[]): number[] {
  const running = runningWords(pages)
  const body = pages.map((p) => p.words.filter((w) => !running.has(w)))
  const all = body.flat()
  if (all.length === 0) return pages.map(() => 0)
  const top = Math.min(...all.map((w) => w.yMin))
  const bottom = Math.max(...all.map((w) => w.yMax))
  return body.map((words) => (words.length === 0 ? 0 : (Math.max(...words.map((w) => w.yMax)) - top) / (bottom - top)))
}

export type WordKind = 'running' | 'chart' | 'text'

export interface ClassifiedWord extends Word {
  readonly page: number
  readonly kind: WordKind
}

/** Where a chart's canvas is in the PDF, and where on it the chart drew text turned (axis titles, slanted ticks). */
export interface ChartRegion extends Rect {
  /** Each turned text's box on the page, and its type size in points as printed. */
  readonly turned: readonly (Rect & { readonly size: number })[]
}

const inside = (w: Word, r: Omit<Rect, 'page'>) => w.xMin >= r.xMin && w.xMax <= r.xMax && w.yMin >= r.yMin && w.yMax <= r.yMax

/**
 * Each word as running header/footer, chart label (its box inside a chart's canvas) or text. A word
 * the chart drew turned has a box that does not give its size; the chart's drawing does, scaled as
 * the chart's upright labels are on the page.
 */
export function classifyWords(pages: readonly PdfPage[], charts: readonly ChartRegion[]): ClassifiedWord[] {
  const running = runningWords(pages)
  return pages.flatMap((page) =>
    page.words.map((w) => {
      if (running.has(w)) return { ...w, page: page.number, kind: 'running' as const }
      const chart = charts.find((r) => r.page === page.number && inside(w, r))
      if (!chart) return { ...w, page: page.number, kind: 'text' as const }
      const size = chart.turned.find((r) => inside(w, r))?.size ?? w.size
      return { ...w, size, page: page.number, kind: 'chart' as const }
    }),
  )
}

/** A string a chart drew, in its canvas's bitmap pixels: where its advance starts and its font box's top. */
export interface DrawnText {
  readonly text: string
  readonly left: number
  readonly top: number
  /** Font ascent + descent, in bitmap pixels. */
  readonly height: number
  /** Drawn along the x axis (not rotated): only these can be matched by position. */
  readonly upright: boolean
  /** The text's font box as drawn (turned or not), in bitmap pixels. */
  readonly box: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number }
  /** The font size in bitmap pixels. */
  readonly bitmapPx: number
}

export interface DrawnCanvas {
  readonly id: string
  readonly width: number
  readonly height: number
  readonly texts: readonly DrawnText[]
}

const firstToken = (text: string) => text.trim().split(/\s+/)[0] ?? ''

/**
 * Where a chart's canvas sits in the PDF. Chromium prints a canvas as vectors with real text, so the
 * strings the chart drew are words of the PDF, laid out as on the canvas but scaled and moved. Each PDF
 * word that could be one of them proposes a placement (scale from the font height, offset from the
 * position); the placement under which most drawn strings land on a PDF word with their text, within a
 * point, wins, refined by least squares. This depends neither on captions nor on page layout.
 */
export function locateCanvas(pages: readonly PdfPage[], canvas: DrawnCanvas): ChartRegion | null {
  const drawn = canvas.texts.filter((t) => t.upright && firstToken(t.text) && t.height > 0)
  let best: { page: number; matches: [DrawnText, Word][]; k: number } | null = null
  for (const page of pages) {
    const byText = new Map<string, Word[]>()
    for (const w of page.words) byText.set(w.text, [...(byText.get(w.text) ?? []), w])
    const matchesUnder = (p: Placement, tolerance: number) =>
      drawn.flatMap((d): [DrawnText, Word][] => {
        const w = byText.get(firstToken(d.text))?.find((c) => Math.abs(c.xMin - (p.ox + p.kx * d.left)) < tolerance && Math.abs(c.yMin - (p.oy + p.ky * d.top)) < tolerance)
        return w ? [[d, w]] : []
      })
    for (const seed of drawn) {
      for (const w of byText.get(firstToken(seed.text)) ?? []) {
        const k = (w.yMax - w.yMin) / seed.height
        const loose = matchesUnder({ kx: k, ky: k, ox: w.xMin - k * seed.left, oy: w.yMin - k * seed.top }, 3)
        if (loose.length < 3 || (best && loose.length <= best.matches.length)) continue
        const tight = matchesUnder(fitPlacement(loose, k), 1)
        if (!best || tight.length > best.matches.length) best = { page: page.number, matches: tight, k }
      }
    }
  }
  const distinct = new Set(drawn.map((d) => firstToken(d.text))).size
  if (!best || best.matches.length < Math.max(3, distinct / 2)) return null
  const { kx, ky, ox, oy } = fitPlacement(best.matches, best.k)
  const onPage = (left: number, top: number, right: number, bottom: number, margin: number) => ({ page: best.page, xMin: ox + kx * left - margin, yMin: oy + ky * top - margin, xMax: ox + kx * right + margin, yMax: oy + ky * bottom + margin })
  // A turned word's box in the PDF is its glyphs' advance, which may reach a little past the font box measured on the canvas.
  const turned = canvas.texts.filter((t) => !t.upright).map((t) => ({ ...onPage(t.box.left, t.box.top, t.box.right, t.box.bottom, 2), size: t.bitmapPx * ky }))
  return { ...onPage(0, 0, canvas.width, canvas.height, 1), turned }
}

interface Placement {
  readonly kx: number
  readonly ky: number
  readonly ox: number
  readonly oy: number
}

/**
 * Least squares for pdf = offset + k · canvas over matched pairs, x and y apart: CSS may squeeze a
 * canvas to its column's width and leave its height. An axis whose matches barely spread takes the
 * other axis's scale.
 */
function fitPlacement(pairs: readonly [DrawnText, Word][], fallback: number): Placement {
  const axis = (from: (d: DrawnText) => number, to: (w: Word) => number) => {
    const cm = pairs.reduce((s, [d]) => s + from(d), 0) / pairs.length
    const pm = pairs.reduce((s, [, w]) => s + to(w), 0) / pairs.length
    let num = 0
    let den = 0
    for (const [d, w] of pairs) {
      num += (from(d) - cm) * (to(w) - pm)
      den += (from(d) - cm) ** 2
    }
    return { cm, pm, k: den > 25 * pairs.length ? num / den : null }
  }
  const x = axis((d) => d.left, (w) => w.xMin)
  const y = axis((d) => d.top, (w) => w.yMin)
  const kx = x.k ?? y.k ?? fallback
  const ky = y.k ?? x.k ?? fallback
  return { kx, ky, ox: x.pm - kx * x.cm, oy: y.pm - ky * y.cm }
}
