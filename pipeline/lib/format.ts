import type { PartialDate } from '../types.ts'
import { earliestTime } from './dates.ts'

/**
 * Dates and terms for the documents, per language. Dates are calendar days, formatted in UTC.
 * Russian and Kyrgyz are built from month tables rather than Intl: official Russian writes "года",
 * not Intl's "г.", and Kyrgyz inflects the month ("1992-жылдын 2-марты"), which Node's CLDR data does
 * not do; Chromium has no Kyrgyz locale at all, so nothing is formatted in the page.
 */

/**
 * How a date stands in a sentence: `long` alone (a table cell, a heading), `short` numeric, `on` when
 * something happened ("elected on …"), `from` after "since", `asOf` after "as of". Kyrgyz inflects the
 * month for each (марты, мартында, мартынан, мартына); Russian changes case and preposition.
 */
export type DateStyle = 'long' | 'short' | 'on' | 'from' | 'asOf'

const RU_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря']
const RU_NOMINATIVE = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь']
const RU_PREPOSITIONAL = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре']
/** A non-breaking hyphen: "3‑июнунда" must not break into "3-" and "июнунда" at the end of a line. */
const NB = '\u2011'

/** Kyrgyz month forms of official texts: possessive ("header"), locative, ablative, dative. */
const KY_MONTHS: Readonly<Record<'long' | 'on' | 'from' | 'asOf', readonly string[]>> = {
  long: ['январы', 'февралы', 'марты', 'апрели', 'майы', 'июну', 'июлу', 'августу', 'сентябры', 'октябры', 'ноябры', 'декабры'],
  on: ['январында', 'февралында', 'мартында', 'апрелинде', 'майында', 'июнунда', 'июлунда', 'августунда', 'сентябрында', 'октябрында', 'ноябрында', 'декабрында'],
  from: ['январынан', 'февралынан', 'мартынан', 'апрелинен', 'майынан', 'июнунан', 'июлунан', 'августунан', 'сентябрынан', 'октябрынан', 'ноябрынан', 'декабрынан'],
  asOf: ['январына', 'февралына', 'мартына', 'апрелине', 'майына', 'июнуна', 'июлуна', 'августуна', 'сентябрына', 'октябрына', 'ноябрына', 'декабрына'],
}
const KY_YEAR: Readonly<Record<'long' | 'on' | 'from' | 'asOf', string>> = { long: `${NB}жыл`, on: `${NB}жылы`, from: `${NB}жылдан`, asOf: `${NB}жылга` }

// Intl formatters are costly to build (tens of microseconds each) and a check of thousands of rows formats often.
const formatters = new Map<string, Intl.DateTimeFormat>()

function english(date: PartialDate, style: DateStyle): string {
  const month = style === 'short' ? 'short' : 'long'
  const key = `${month}|${date.precision}`
  let formatter = formatters.get(key)
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions =
      date.precision === 'year' ? { year: 'numeric' } : date.precision === 'month' ? { year: 'numeric', month } : { year: 'numeric', month, day: 'numeric' }
    formatter = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' })
    formatters.set(key, formatter)
  }
  const text = formatter.format(new Date(earliestTime(date)))
  return style === 'on' && date.precision !== 'day' ? `in ${text}` : text
}

const pad = (n: number) => String(n).padStart(2, '0')

function numeric(date: PartialDate): string {
  if (date.precision === 'year') return String(date.year)
  if (date.precision === 'month') return `${pad(date.month ?? 1)}.${date.year}`
  return `${pad(date.day ?? 1)}.${pad(date.month ?? 1)}.${date.year}`
}

function russian(date: PartialDate, style: DateStyle): string {
  const m = (date.month ?? 1) - 1
  const { year, day } = date
  if (date.precision === 'day') return `${style === 'from' ? 'с ' : ''}${day} ${RU_GENITIVE[m]} ${year} года`
  if (date.precision === 'month') {
    if (style === 'on') return `в ${RU_PREPOSITIONAL[m]} ${year} года`
    if (style === 'from') return `с ${RU_GENITIVE[m]} ${year} года`
    return `${RU_NOMINATIVE[m]} ${year} года`
  }
  if (style === 'on') return `в ${year} году`
  if (style === 'from') return `с ${year} года`
  return String(year)
}

function kyrgyz(date: PartialDate, style: Exclude<DateStyle, 'short'>): string {
  const m = (date.month ?? 1) - 1
  if (date.precision === 'year') return style === 'long' ? String(date.year) : `${date.year}${KY_YEAR[style]}`
  const month = KY_MONTHS[style][m]
  return date.precision === 'month' ? `${date.year}${NB}жылдын ${month}` : `${date.year}${NB}жылдын ${date.day}${NB}${month}`
}

export function formatDate(date: PartialDate | null, lang = 'en', style: DateStyle = 'long'): string {
  if (!date) return ''
  if (style === 'short' && lang !== 'en') return numeric(date)
  if (lang === 'ru') return russian(date, style)
  if (lang === 'ky' && style !== 'short') return kyrgyz(date, style)
  return english(date, style)
}

const SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' }
const englishOrdinals = new Intl.PluralRules('en', { type: 'ordinal' })

/** 1st, 2nd, 53rd, 111th (for English messages of the checker). */
export function ordinal(n: number): string {
  return `${n}${SUFFIX[englishOrdinals.select(n)] ?? 'th'}`
}

/** A term as a reader writes it: `2016–2018`, or `2000–` / `–2003` when a bound is unknown. */
export function formatTerm(start: PartialDate | null, end: PartialDate | null): string {
  const year = (d: PartialDate) => String(d.year)
  if (start && end) return start.year === end.year ? year(start) : `${year(start)}–${year(end)}`
  if (start) return `${year(start)}–`
  if (end) return `–${year(end)}`
  return ''
}
