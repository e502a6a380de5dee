import type { PartialDate } from '../types.ts'
import { earliestTime } from './dates.ts'

/** Formatting for the documents. Dates are formatted in UTC: a date is a calendar day, not an instant. */

// Intl formatters are costly to build (tens of microseconds each) and a check of thousands of rows formats often.
const formatters = new Map<string, Intl.DateTimeFormat>()

export function formatDate(date: PartialDate | null, locale = 'en-GB', month: 'long' | 'short' = 'long'): string {
  if (!date) return ''
  const key = `${locale}|${month}|${date.precision}`
  let formatter = formatters.get(key)
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions =
      date.precision === 'year' ? { year: 'numeric' } : date.precision === 'month' ? { year: 'numeric', month } : { year: 'numeric', month, day: 'numeric' }
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
    formatters.set(key, formatter)
  }
  return formatter.format(new Date(earliestTime(date)))
}

const SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' }
const englishOrdinals = new Intl.PluralRules('en', { type: 'ordinal' })

/** 1st, 2nd, 53rd, 111th. */
export function ordinal(n: number): string {
  return `${n}${SUFFIX[englishOrdinals.select(n)] ?? 'th'}`
}

/** A term as a reader writes it: `2016–2018`, or `since 2027` / `until 2003` when a bound is unknown. */
export function formatTerm(start: PartialDate | null, end: PartialDate | null): string {
  const year = (d: PartialDate) => String(d.year)
  if (start && end) return start.year === end.year ? year(start) : `${year(start)}–${year(end)}`
  if (start) return `${year(start)}–`
  if (end) return `–${year(end)}`
  return ''
}

/** Fills `{name}` placeholders of a catalog message. */
export function interpolate(message: string, values: Readonly<Record<string, string | number>>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}
