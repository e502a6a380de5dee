import { describe, expect, it } from 'vitest'
import { compareDates, earliestTime, isoOf, latestTime, parseAsOf, parseIsoDate, yearFraction } from '../pipeline/lib/dates.ts'
import { formatDate, formatTerm, ordinal } from '../pipeline/lib/format.ts'

describe('parseIsoDate', () => {
  it('reads a full ISO day', () => {
    expect(parseIsoDate('1992-03-02', false)).toEqual({ year: 1992, month: 3, day: 2, precision: 'day' })
  })
  it('keeps the precision of a year or a month when partial dates are allowed', () => {
    expect(parseIsoDate('2016', true)).toEqual({ year: 2016, month: null, day: null, precision: 'year' })
    expect(parseIsoDate('2016-09', true)).toEqual({ year: 2016, month: 9, day: null, precision: 'month' })
  })
  it('refuses partial dates where a day is required', () => {
    expect(parseIsoDate('2016', false)).toBeNull()
    expect(parseIsoDate('2016-09', false)).toBeNull()
  })
  it('refuses days that do not exist, and accepts 29 February in leap years only', () => {
    expect(parseIsoDate('2021-02-30', true)).toBeNull()
    expect(parseIsoDate('2021-02-29', true)).toBeNull()
    expect(parseIsoDate('2020-02-29', true)?.day).toBe(29)
    expect(parseIsoDate('2021-13', true)).toBeNull()
    expect(parseIsoDate('2021-04-31', true)).toBeNull()
  })
  it('refuses other notations (the normalizer of a later stage may read them)', () => {
    for (const text of ['2 March 1992', '02.03.1992', '1992/03/02', '92-03-02', '', '1992-3-2']) expect(parseIsoDate(text, true)).toBeNull()
  })
  it('parses the as-of date strictly', () => {
    expect(parseAsOf('2026-11-28')).not.toBeNull()
    expect(parseAsOf('2026-11')).toBeNull()
  })
})

describe('date arithmetic keeps the span a partial date covers', () => {
  const year = parseIsoDate('2016', true)!
  it('a year runs from 1 January to 31 December', () => {
    expect(new Date(earliestTime(year)).toISOString().slice(0, 10)).toBe('2016-01-01')
    expect(new Date(latestTime(year)).toISOString().slice(0, 10)).toBe('2016-12-31')
  })
  it('a month runs to its last day', () => {
    expect(new Date(latestTime(parseIsoDate('2024-02', true)!)).toISOString().slice(0, 10)).toBe('2024-02-29')
  })
  it('sorts by start, then by end, and writes back the same text', () => {
    const dates = ['2016-09-03', '2016', '2016-09'].map((t) => parseIsoDate(t, true)!)
    expect(dates.sort(compareDates).map(isoOf)).toEqual(['2016', '2016-09', '2016-09-03'])
  })
  it('places a date on a year axis', () => {
    expect(yearFraction(Date.UTC(2000, 0, 1))).toBe(2000)
    expect(yearFraction(Date.UTC(1992, 2, 2))).toBeCloseTo(1992.167, 2)
  })
})

describe('formatting for the documents', () => {
  it('formats by precision, in UTC whatever the local time zone', () => {
    expect(formatDate(parseIsoDate('1992-03-02', true))).toBe('2 March 1992')
    expect(formatDate(parseIsoDate('2016-09', true))).toBe('September 2016')
    expect(formatDate(parseIsoDate('1998', true))).toBe('1998')
    expect(formatDate(parseIsoDate('2005-12-22', true), 'en', 'short')).toBe('22 Dec 2005')
    expect(formatDate(null)).toBe('')
  })
  it('writes English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 46, 53, 62, 101, 111].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '46th', '53rd', '62nd', '101st', '111th'])
  })
  it('writes terms with an en dash and open ends', () => {
    const d = (t: string) => parseIsoDate(t, true)
    expect(formatTerm(d('2016-01-01'), d('2018-12-31'))).toBe('2016–2018')
    expect(formatTerm(d('2000'), null)).toBe('2000–')
    expect(formatTerm(d('2012'), d('2012-12'))).toBe('2012')
    expect(formatTerm(null, null)).toBe('')
  })
})
