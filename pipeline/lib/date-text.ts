import type { PartialDate } from '../types.ts'
import { parseIsoDate } from './dates.ts'

export type DateReading = { readonly ok: true; readonly date: PartialDate } | { readonly ok: false; readonly reason: 'ambiguous' | 'invalid' | 'unrecognized' }

/** Month names as analysts paste them: English (full and short), Russian nominative and genitive. */
const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ['january jan январь января', 1],
    ['february feb февраль февраля', 2],
    ['march mar март марта', 3],
    ['april apr апрель апреля', 4],
    ['may май мая', 5],
    ['june jun июнь июня', 6],
    ['july jul июль июля', 7],
    ['august aug август августа', 8],
    ['september sep sept сентябрь сентября', 9],
    ['october oct октябрь октября', 10],
    ['november nov ноябрь ноября', 11],
    ['december dec декабрь декабря', 12],
  ].flatMap(([names, month]) => String(names).split(' ').map((name) => [name, Number(month)])),
)

const iso = (year: number, month: number | null, day: number | null) =>
  [String(year).padStart(4, '0'), month === null ? null : String(month).padStart(2, '0'), day === null ? null : String(day).padStart(2, '0')].filter((p) => p !== null).join('-')

function fromParts(year: number, month: number | null, day: number | null): DateReading {
  const date = parseIsoDate(iso(year, month, day), true)
  return date ? { ok: true, date } : { ok: false, reason: 'invalid' }
}

const monthOf = (word: string) => MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null

/**
 * Reads a date as people write it and keeps its precision: ISO (`1992-03-02`, `2016-09`, `2016`),
 * `2 March 1992`, `March 2, 1992`, `September 2016`, `11.12.2017` (day first, as in Europe and
 * Russia), `2 марта 1992 г.`. `11/12/2017` is ambiguous (11 December or 12 November) and is refused,
 * not guessed; `31/12/2020` can only be day first and is read so.
 */
export function readDate(text: string): DateReading {
  const cell = text.trim().replace(/\s+/g, ' ').replace(/\s*(?:г\.|года)$/u, '')
  if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(cell)) {
    const date = parseIsoDate(cell, true)
    return date ? { ok: true, date } : { ok: false, reason: 'invalid' }
  }
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(cell)
  if (m) return fromParts(Number(m[3]), Number(m[2]), Number(m[1]))
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cell)
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])]
    if (a <= 12 && b <= 12 && a !== b) return { ok: false, reason: 'ambiguous' }
    return a > 12 ? fromParts(Number(m[3]), b, a) : fromParts(Number(m[3]), a, b)
  }
  m = /^(\d{1,2}) ([\p{L}.]+),? (\d{4})$/u.exec(cell)
  if (m && monthOf(m[2]!)) return fromParts(Number(m[3]), monthOf(m[2]!), Number(m[1]))
  m = /^([\p{L}.]+) (\d{1,2}),? (\d{4})$/u.exec(cell)
  if (m && monthOf(m[1]!)) return fromParts(Number(m[3]), monthOf(m[1]!), Number(m[2]))
  m = /^([\p{L}.]+),? (\d{4})$/u.exec(cell)
  if (m && monthOf(m[1]!)) return fromParts(Number(m[2]), monthOf(m[1]!), null)
  return { ok: false, reason: 'unrecognized' }
}
