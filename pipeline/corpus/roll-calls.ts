import { parse } from 'csv-parse/sync'
import { csvText } from '../lib/csv-write.ts'
import { toRoman } from '../lib/ordinals.ts'
import type { DataPackage } from '../types.ts'

/**
 * The UN General Assembly roll-call votes (Voeten / unvotes, TidyTuesday 2021-03-23) as a resolutions
 * table our checker reads: one row per recorded vote, with its symbol in UN form, its session and date.
 */

export const ROLL_CALLS_SOURCE = 'https://github.com/rfordatascience/tidytuesday/tree/master/data/2021/2021-03-23'

/** Before this day the corpus's day of month is not a real day (always 1-7): such dates keep only the month. */
const FIRST_REAL_DAY = '1997-11-12'

/** Until the 30th session (1975) resolutions were numbered in one series with the session in Roman numerals. */
const LAST_NUMBERED_SESSION = 30

/**
 * `R/46/225` → `A/RES/46/225`, `R/16/1398` → `A/RES/1398(XVI)`, `ESS/10/19` → `A/RES/ES-10/19`,
 * `SS/26/2` → `A/RES/S-26/2`; anything else as written, for the checker to report.
 */
export function symbolOfUnres(unres: string): string {
  const text = unres.trim()
  if (text === '' || text === 'NA') return ''
  let m = /^R\/(\d{1,2})\/(\d{1,4})/.exec(text)
  if (m) {
    const session = Number(m[1])
    return session <= LAST_NUMBERED_SESSION ? `A/RES/${Number(m[2])}(${toRoman(session)})` : `A/RES/${session}/${Number(m[2])}`
  }
  m = /^(E?SS)\/(\d{1,2})\/(\d{1,4})/.exec(text)
  if (m) return `A/RES/${m[1] === 'ESS' ? 'ES' : 'S'}-${Number(m[2])}/${Number(m[3])}`
  return text
}

export function adoptionDateOf(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date === 'NA' ? '' : date
  return date < FIRST_REAL_DAY ? date.slice(0, 7) : date
}

/** The corpus escapes quotes as `\\"` and keeps line breaks and tabs glued on from its source. */
const cleanText = (text: string | undefined) => (text ?? '').replace(/\\"/g, '"').replace(/\s+/g, ' ').trim()

const known = (text: string) => text !== '' && text !== 'NA'

/** The corpus's own title of a roll call: its short title, else its description. */
export function titleOf(r: { readonly rcid?: string; readonly short?: string; readonly descr?: string }): string {
  return [r.short, r.descr].map(cleanText).find(known) ?? `Roll call ${r.rcid ?? ''}`.trim()
}

const SUBJECT_LENGTH = 160

/**
 * What a vote was about, in words a reader can print: the document's title for resolutions ("Status of
 * internally displaced persons … : resolution / adopted by …"), the motion or amendment put to the vote
 * for procedural votes (whose description is the President's words), else the corpus's title, cut at a
 * word. Short titles are not preferred: they are the corpus's topic labels, and some are wrong.
 */
export function subjectOf(r: { readonly rcid?: string; readonly short?: string; readonly descr?: string; readonly amend?: string; readonly para?: string }): string {
  const descr = cleanText(r.descr)
  const document = /^(.+?) : resolution\b/.exec(descr)
  if (document) return document[1]!
  const motion = /put to the vote ?(?:the )?((?:motion|draft amendment|proposal)\b.+?)\.(?:\s|$)/i.exec(descr) ?? /before it (?:a |the )?(draft amendment.+?)\.(?:\s|$)/i.exec(descr)
  if (motion) return motion[1]!.charAt(0).toUpperCase() + motion[1]!.slice(1)
  // The President's other words say how the Assembly votes, not on what: the corpus's flags do.
  if (/^The (?:Acting )?President:/.test(descr)) {
    if (r.amend === '1') return 'An amendment to the draft resolution'
    if (r.para === '1') return 'A paragraph of the draft resolution, voted on separately'
    return 'The draft resolution'
  }
  const text = known(descr) ? descr : titleOf(r)
  if (text.length <= SUBJECT_LENGTH) return text
  const cut = text.slice(0, SUBJECT_LENGTH)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : SUBJECT_LENGTH).replace(/[,;:]$/, '')}…`
}

export interface ConvertedTable {
  readonly pkg: DataPackage
  readonly csv: string
  readonly rows: number
}

/** roll_calls.csv text → a one-table dataset (descriptor and CSV text). */
export function rollCallsAsResolutions(rollCalls: string): ConvertedTable {
  const records = parse(rollCalls, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[]
  const rows = records.map((r) => [`rc${r.rcid}`, symbolOfUnres(r.unres ?? ''), titleOf(r), r.session ?? '', adoptionDateOf(r.date ?? ''), `${ROLL_CALLS_SOURCE} (rcid ${r.rcid})`])
  const pkg: DataPackage = {
    name: 'unga-roll-calls',
    title: 'UN General Assembly roll-call votes 1946-2019 as resolutions',
    country: 'United Nations',
    languages: ['en'],
    resources: [
      {
        name: 'resolutions',
        path: 'resolutions.csv',
        schema: {
          fields: [
            { name: 'id', type: 'string', constraints: { required: true } },
            { name: 'symbol', type: 'string', format: 'un-symbol' },
            { name: 'title', type: 'string', constraints: { required: true } },
            { name: 'session', type: 'integer', format: 'ordinal', constraints: { required: true, minimum: 1, maximum: 99 } },
            { name: 'adoption_date', type: 'date', format: 'any', event: true },
            { name: 'source', type: 'string', constraints: { required: true } },
          ],
          primaryKey: ['id'],
        },
      },
    ],
  }
  return { pkg, csv: csvText(['id', 'symbol', 'title', 'session', 'adoption_date', 'source'], rows), rows: records.length }
}
