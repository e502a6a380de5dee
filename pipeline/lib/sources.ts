import type { Dataset, PartialDate, TypedRow, Value } from '../types.ts'

/** The documents a dataset cites (its `sources` table), and what the checks and the view ask of them. */

export const SOURCE_TABLE = 'sources'

export type SourceKind = 'un-document' | 'un-page' | 'government' | 'press' | 'other'

/** Kinds a ministry may cite as authoritative: the UN's own record and pages, and governments. */
export const AUTHORITATIVE_KINDS: ReadonlySet<SourceKind> = new Set(['un-document', 'un-page', 'government'])

export interface SourceRecord {
  readonly id: string
  readonly line: number
  readonly publisher: string
  readonly title: string
  readonly symbol: string | null
  readonly date: PartialDate | null
  readonly url: string | null
  readonly kind: SourceKind
  /** `publisher_ru`, `title_ky`, …: texts in other languages, by column name. */
  readonly texts: Readonly<Record<string, string>>
}

const text = (v: Value | undefined): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null)

function record(row: TypedRow): SourceRecord | null {
  const v = row.values
  const id = text(v.id)
  if (!id) return null
  const date = v.date !== null && typeof v.date === 'object' && 'precision' in v.date ? v.date : null
  const texts = Object.fromEntries(Object.entries(v).flatMap(([k, x]) => (/_[a-z]{2}$/.test(k) && text(x) ? [[k, text(x)!]] : [])))
  return { id, line: row.line, publisher: text(v.publisher) ?? '', title: text(v.title) ?? '', symbol: text(v.symbol), date, url: text(v.url), kind: (text(v.kind) ?? 'other') as SourceKind, texts }
}

/** The dataset's sources by id; null when the dataset has no sources table (its rows cite URLs). */
export function sourceIndex(dataset: Pick<Dataset, 'tables'>): ReadonlyMap<string, SourceRecord> | null {
  const table = dataset.tables[SOURCE_TABLE]
  if (!table) return null
  return new Map(table.rows.map(record).filter((r): r is SourceRecord => r !== null).map((r) => [r.id, r]))
}

/** The ids a `source` cell cites: `a; b` → ['a', 'b']. */
export function citedIds(cell: string): string[] {
  return cell.split(';').map((s) => s.trim()).filter(Boolean)
}

/** The host of an http(s) URL without `www.`, or null for anything else. */
export function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    return /^https?:$/.test(parsed.protocol) ? parsed.hostname.toLowerCase().replace(/^www\./, '') : null
  } catch {
    return null
  }
}

/** Why a URL cannot be cited, or null when it can: a document must be one a reader can open. */
export function urlProblem(url: string): string | null {
  if (/^file:/i.test(url)) return 'is a file: URL, which only opens on the machine that wrote it'
  if (/^(?:\/|\.{1,2}\/|~\/|[a-z]:\\)/i.test(url) || (!/^[a-z][a-z0-9+.-]*:/i.test(url) && /[\\/]/.test(url))) return 'is a local path, not an address a reader can open'
  if (!/^https?:\/\//i.test(url)) return 'is not an http(s) address'
  if (hostOf(url) === null) return 'is not a valid web address'
  if (/\s/.test(url)) return 'contains a space'
  return null
}

/**
 * The address printed for a URL: no scheme, no `www.`, at most `max` characters. A longer one keeps its
 * host and as many whole path segments as fit, then "…"; the full URL stays in the link.
 */
export function shortLink(url: string, max: number): string {
  const bare = url.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/$/, '')
  if (bare.length <= max) return bare
  const [host = '', ...segments] = bare.split('/')
  let shown = host
  for (const segment of segments) {
    if (`${shown}/${segment}/…`.length > max) break
    shown = `${shown}/${segment}`
  }
  return shown.length + 2 <= max ? `${shown}/…` : `${host.slice(0, max - 1)}…`
}

/** The publisher of a URL's host, or of the nearest parent domain listed (`press.un.org` → `un.org`). */
export function publisherOf<P>(publishers: ReadonlyMap<string, P>, url: string | null): P | null {
  let host = url ? hostOf(url) : null
  while (host) {
    const found = publishers.get(host)
    if (found) return found
    const dot = host.indexOf('.')
    host = dot === -1 ? null : host.slice(dot + 1)
  }
  return null
}

/** The ids (or, without a sources table, URLs) a typed row cites in its `source` column. */
export function rowSources(values: Readonly<Record<string, Value>>): string[] {
  const v = values.source
  return Array.isArray(v) ? [...v] : typeof v === 'string' ? citedIds(v) : []
}

interface PublisherFlags {
  readonly kind: SourceKind
  readonly mirror: boolean
}

/** Why a source is no authority for a fact, or null: a UN text is cited on a mirror, or the kind is "other". */
export function weakness(source: SourceRecord, publishers: ReadonlyMap<string, PublisherFlags>): string | null {
  const publisher = publisherOf(publishers, source.url)
  if (publisher?.mirror) return `${hostOf(source.url ?? '')} only mirrors the text`
  if (source.kind === 'other') return 'its kind is "other"'
  return null
}

/** The row has a source from the UN's own record or pages, or from a government, not on a mirror. */
export function isAuthoritative(source: SourceRecord, publishers: ReadonlyMap<string, PublisherFlags>): boolean {
  return AUTHORITATIVE_KINDS.has(source.kind) && !publisherOf(publishers, source.url)?.mirror
}

export interface SourceShares {
  /** Rows of the tables that keep a verification status. */
  readonly curatedRows: number
  readonly verifiedRows: number
  /** Curated rows citing the UN's own record or pages, or a government, not on a mirror. */
  readonly authoritativeRows: number
}

/** How much of what a dataset states is confirmed, and how much rests on the UN or a government. */
export function sourceShares(dataset: Pick<Dataset, 'raw' | 'tables'>, publishers: ReadonlyMap<string, PublisherFlags>): SourceShares {
  const sources = sourceIndex(dataset) ?? new Map<string, SourceRecord>()
  const rows = dataset.raw.filter((t) => t.schema.fields.some((f) => f.name === 'verified')).flatMap((t) => dataset.tables[t.name]?.rows ?? [])
  const authoritative = (row: TypedRow) => rowSources(row.values).some((id) => { const s = sources.get(id); return s !== undefined && isAuthoritative(s, publishers) })
  return { curatedRows: rows.length, verifiedRows: rows.filter((r) => r.values.verified === true).length, authoritativeRows: rows.filter(authoritative).length }
}
