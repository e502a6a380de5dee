import type { RawTable } from '../types.ts'

/** Where a forbidden word on a page comes from: the cells, catalog messages and descriptor texts behind it. */

/** A hit as tracing needs it: the text found and the text just before and after it. */
export interface AroundHit {
  readonly found: string
  readonly before: string
  readonly after: string
}

/** A text the documents are made from, and where it is written: a table's cell, a catalog's message. */
export interface TextOrigin {
  readonly table: string
  readonly file: string
  readonly line: number
  readonly column: number | null
  readonly field: string | null
  readonly text: string
}

/** Texts compared as a reader would: typographic quotes, dashes and spaces as their plain forms. */
export const plain = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u00a0\u202f\u2009\s]+/g, ' ')
    .replace(/[«»“”„"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/[‐‑–—]/g, '-')

/**
 * How many characters around the term an origin shares with the page, for its best occurrence of it;
 * `whole` when the page shows all of the origin's text there (a short catalog label).
 */
function agreement(text: string, found: string, before: string, after: string): { score: number; whole: boolean } {
  let best = { score: -1, whole: false }
  for (let at = text.indexOf(found); at !== -1; at = text.indexOf(found, at + 1)) {
    let left = 0
    while (left < before.length && at - left > 0 && text[at - left - 1] === before[before.length - left - 1]) left++
    let right = 0
    const end = at + found.length
    while (right < after.length && end + right < text.length && text[end + right] === after[right]) right++
    if (left + right > best.score) best = { score: left + right, whole: left === at && end + right === text.length }
  }
  return best
}

/**
 * Where a hit most likely comes from: the origin holding the forbidden text that agrees longest with
 * the page around it. Agreement of a few letters is no evidence unless it is all the origin says (a
 * label such as «срок не установлен»); a source cell that is just "seed" is none, and nothing is named
 * rather than a wrong place.
 */
export function originOf(hit: AroundHit, origins: readonly TextOrigin[], texts: readonly string[] = origins.map((o) => plain(o.text))): TextOrigin | null {
  const [found, before, after] = [plain(hit.found), plain(hit.before), plain(hit.after)]
  let best: { origin: TextOrigin; score: number } | null = null
  for (const [i, origin] of origins.entries()) {
    if (!texts[i]!.includes(found)) continue
    const { score, whole } = agreement(texts[i]!, found, before, after)
    if ((score >= 6 || (whole && score >= 3)) && (!best || score > best.score)) best = { origin, score }
  }
  return best?.origin ?? null
}

/** Every cell of the tables as an origin of the documents' text. */
export function cellOrigins(tables: readonly RawTable[]): TextOrigin[] {
  return tables.flatMap((table) =>
    table.rows.flatMap((row) =>
      row.cells.flatMap((text, i) => (text.trim() ? [{ table: table.name, file: table.file, line: row.line, column: i + 1, field: table.header[i] ?? null, text }] : [])),
    ),
  )
}

/** Every string of a JSON file (a catalog, the descriptor) as an origin, at the line that writes it. */
export function jsonOrigins(file: string, source: string): TextOrigin[] {
  const lines = source.split('\n')
  const walk = (value: unknown, at: string): TextOrigin[] => {
    if (typeof value === 'string') {
      const written = JSON.stringify(value).slice(1, -1)
      const line = lines.findIndex((l) => l.includes(written)) + 1
      return value.trim() ? [{ table: tableOf(file), file, line: line || 1, column: null, field: at, text: value }] : []
    }
    if (Array.isArray(value)) return value.flatMap((v, i) => walk(v, `${at}[${i}]`))
    if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => walk(v, at ? `${at}.${k}` : k))
    return []
  }
  return walk(JSON.parse(source), '')
}

/** A JSON file's name without folder and extension, as the finding's table: `ru`, `datapackage`. */
const tableOf = (file: string) => file.replace(/^.*\//, '').replace(/\.json$/, '')
