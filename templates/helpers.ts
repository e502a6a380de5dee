import type { HelperDelegate, HelperOptions } from 'handlebars'
import Handlebars from 'handlebars'
import { formatDate, formatTerm, interpolate, ordinal } from '../pipeline/lib/format.ts'
import { documentUrl, shortSymbol } from '../pipeline/lib/symbols.ts'
import type { PartialDate } from '../pipeline/types.ts'

const { escapeExpression, SafeString } = Handlebars

const isDate = (value: unknown): value is PartialDate => typeof value === 'object' && value !== null && 'precision' in value

/** A label of the language being rendered; a key missing from the catalog shows as itself, and a test catches it. */
function t(this: unknown, key: string, options: HelperOptions): string {
  const labels = (options.data?.root as { labels?: Record<string, string> } | undefined)?.labels ?? {}
  return labels[key] ?? key
}

/** Helpers escape what they embed: everything from a CSV is text, never markup. */
export const helpers: Record<string, HelperDelegate> = {
  t,
  date: (value: unknown) => (isDate(value) ? formatDate(value) : ''),
  shortDate: (value: unknown) => (isDate(value) ? formatDate(value, 'en-GB', 'short') : ''),
  ordinal: (n: unknown) => (typeof n === 'number' ? ordinal(n) : ''),
  term: (start: unknown, end: unknown) => formatTerm(isDate(start) ? start : null, isDate(end) ? end : null),
  symbol: (symbol: unknown) =>
    typeof symbol === 'string' && symbol !== ''
      ? new SafeString(`<a class="symbol" href="${escapeExpression(documentUrl(symbol))}">${escapeExpression(shortSymbol(symbol))}</a>`)
      : '',
  refs: (refs: unknown) =>
    Array.isArray(refs) && refs.length > 0 ? new SafeString(`<sup class="ref">[${refs.map((n) => escapeExpression(String(n))).join(', ')}]</sup>`) : '',
  eq: (a: unknown, b: unknown) => a === b,
  interpolate: (message: unknown, options: HelperOptions) => interpolate(String(message), options.hash as Record<string, string | number>),
  capitalize: (text: unknown) => (typeof text === 'string' ? text.charAt(0).toUpperCase() + text.slice(1) : ''),
  /** The catalog key of an enum value: ("role", "co-sponsor") → "roleCo-sponsor". */
  labelKey: (prefix: unknown, value: unknown) => `${String(prefix)}${String(value).charAt(0).toUpperCase()}${String(value).slice(1)}`,
}
