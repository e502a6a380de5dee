import type { HelperDelegate, HelperOptions } from 'handlebars'
import Handlebars from 'handlebars'
import type { Catalog } from '../pipeline/i18n.ts'
import { parseIsoDate } from '../pipeline/lib/dates.ts'
import { formatDate, formatTerm, type DateStyle } from '../pipeline/lib/format.ts'
import { documentUrl, shortSymbol } from '../pipeline/lib/symbols.ts'
import type { PartialDate } from '../pipeline/types.ts'

const { escapeExpression, SafeString } = Handlebars

const isDate = (value: unknown): value is PartialDate => typeof value === 'object' && value !== null && 'precision' in value
const root = (options: HelperOptions) => (options.data?.root ?? {}) as { lang?: string; catalog?: Catalog }

/**
 * `{{t "key"}}` or `{{t "session" n=53}}`: a message of the document's language, with ICU placeholders,
 * plurals and ordinals. A key missing from the catalog shows as itself, and a test catches it.
 */
function t(key: unknown, options: HelperOptions): string {
  const catalog = root(options).catalog
  return catalog ? catalog.t(String(key), options.hash as Record<string, string | number>) : String(key)
}

/** Source numbers as a reader scans them: runs of three or more as ranges, "2–15, 18". */
export function refRanges(refs: readonly number[]): string {
  const sorted = [...new Set(refs)].sort((a, b) => a - b)
  const runs: number[][] = []
  for (const n of sorted) {
    const run = runs[runs.length - 1]
    if (run && n === run[run.length - 1]! + 1) run.push(n)
    else runs.push([n])
  }
  return runs.flatMap((run) => (run.length >= 3 ? [`${run[0]}–${run[run.length - 1]}`] : run.map(String))).join(', ')
}

/** Helpers escape what they embed: everything from a CSV is text, never markup. */
export const helpers: Record<string, HelperDelegate> = {
  t,
  /** `{{date d}}`, or `{{date d "on"}}` for the form a sentence needs (see DateStyle). */
  date: (value: unknown, ...rest: unknown[]) => {
    const options = rest.pop() as HelperOptions
    const style = (typeof rest[0] === 'string' ? rest[0] : 'long') as DateStyle
    return isDate(value) ? formatDate(value, root(options).lang, style) : ''
  },
  /** `{{isoDate "2006-12-19" "short"}}`: a date written as ISO text (a year or a month alone too), in the document's language. */
  isoDate: (value: unknown, ...rest: unknown[]) => {
    const options = rest.pop() as HelperOptions
    const parsed = typeof value === 'string' ? parseIsoDate(value, true) : null
    return parsed ? formatDate(parsed, root(options).lang, (typeof rest[0] === 'string' ? rest[0] : 'long') as DateStyle) : ''
  },
  shortDate: (value: unknown, options: HelperOptions) => (isDate(value) ? formatDate(value, root(options).lang, 'short') : ''),
  term: (start: unknown, end: unknown) => formatTerm(isDate(start) ? start : null, isDate(end) ? end : null),
  /** `{{symbol s}}`: the short symbol, linked to the document in the reader's UN language. */
  symbol: (symbol: unknown, options: HelperOptions) =>
    typeof symbol === 'string' && symbol !== ''
      ? new SafeString(`<a class="symbol" href="${escapeExpression(documentUrl(symbol, root(options).lang))}">${escapeExpression(shortSymbol(symbol))}</a>`)
      : '',
  refs: (refs: unknown) =>
    Array.isArray(refs) && refs.length > 0 ? new SafeString(`<sup class="ref">[${escapeExpression(refRanges(refs.map(Number)))}]</sup>`) : '',
  eq: (a: unknown, b: unknown) => a === b,
  /** The catalog key of an enum value: ("role", "co-sponsor") → "roleCo-sponsor". */
  labelKey: (prefix: unknown, value: unknown) => `${String(prefix)}${String(value).charAt(0).toUpperCase()}${String(value).slice(1)}`,
}
