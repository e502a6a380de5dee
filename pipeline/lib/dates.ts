import type { PartialDate } from '../types.ts'

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * Reads `YYYY-MM-DD`, and with `allowPartial` also `YYYY-MM` and `YYYY`, keeping the precision.
 * Returns null for anything else, including dates that do not exist (2021-02-30).
 */
export function parseIsoDate(text: string, allowPartial: boolean): PartialDate | null {
  const match = ISO_PARTIAL.exec(text.trim())
  if (!match) return null
  const [, y, m, d] = match
  const year = Number(y)
  const month = m === undefined ? null : Number(m)
  const day = d === undefined ? null : Number(d)
  if (month === null || day === null) {
    if (!allowPartial) return null
    if (month !== null && (month < 1 || month > 12)) return null
    return { year, month, day: null, precision: month === null ? 'year' : 'month' }
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  return { year, month, day, precision: 'day' }
}

/** The as-of date given on the command line or in the data package: a full ISO day. */
export function parseAsOf(text: string): PartialDate | null {
  return parseIsoDate(text, false)
}

export function isoOf(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  if (date.precision === 'year') return String(date.year)
  if (date.precision === 'month') return `${date.year}-${pad(date.month ?? 1)}`
  return `${date.year}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`
}

/** First day a partial date can mean (2016 → 1 Jan 2016), as a UTC timestamp. */
export function earliestTime(date: PartialDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1)
}

/** Last day a partial date can mean (2016 → 31 Dec 2016), as a UTC timestamp. */
export function latestTime(date: PartialDate): number {
  if (date.precision === 'year') return Date.UTC(date.year, 11, 31)
  if (date.precision === 'month') return Date.UTC(date.year, date.month ?? 12, 0)
  return earliestTime(date)
}

/** A fractional year (1992.16 for 2 March 1992) for placing dates on a time axis. */
export function yearFraction(time: number): number {
  const d = new Date(time)
  const year = d.getUTCFullYear()
  const start = Date.UTC(year, 0, 1)
  return year + (time - start) / (Date.UTC(year + 1, 0, 1) - start)
}

export function compareDates(a: PartialDate, b: PartialDate): number {
  return earliestTime(a) - earliestTime(b) || latestTime(a) - latestTime(b)
}

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10)
}
