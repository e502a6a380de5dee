import { earliestTime, latestTime, yearFraction } from '../../pipeline/lib/dates.ts'
import { formatDate, formatTerm } from '../../pipeline/lib/format.ts'
import type { Membership } from '../../pipeline/model.ts'
import type { PartialDate } from '../../pipeline/types.ts'
import { TERM_STATE_COLOURS } from './roles.ts'
import { timelineChart } from './timeline.ts'
import type { ChartSize, ChartSource, ChartSpec, Label, Span } from './types.ts'
import { sourceLine, YEAR_STEP } from './types.ts'

export type TermState = 'current' | 'past' | 'elected' | 'unknown'

/** Where a term stands on the as-of date: what "current" means in the documents. */
export function termState(m: Pick<Membership, 'termStart' | 'termEnd'>, asOf: PartialDate): TermState {
  if (!m.termStart || !m.termEnd) return 'unknown'
  const now = earliestTime(asOf)
  if (latestTime(m.termEnd) < now) return 'past'
  if (earliestTime(m.termStart) > now) return 'elected'
  return 'current'
}

/**
 * A body's full name where it fits the axis on two wrapped lines, else its short name or acronym (the
 * table names it whole): a delegate reads "Human Rights Council" faster than an acronym in any language.
 */
const FULL_NAME_MAX = 60
const bodyLabel = (m: Membership) => (m.body.name.length <= FULL_NAME_MAX ? m.body.name : (m.body.shortName ?? m.body.acronym ?? m.body.name))

/**
 * Terms as bars from the first to the last day the dates allow: a term given to the day ends on that day
 * (HRC, 19 June 2009 – 18 June 2012), one given to the month at that month's end, one given by years only
 * at the end of its last year.
 */
export function termsTimeline(memberships: readonly Membership[], asOf: PartialDate, source: ChartSource, label: Label, lang: string, size: ChartSize = 'full'): ChartSpec | null {
  const dated = memberships.filter((m) => m.termStart && m.termEnd)
  if (dated.length === 0) return null
  const span = (m: Membership): Span => ({ label: bodyLabel(m), from: yearFraction(earliestTime(m.termStart!)), to: yearFraction(latestTime(m.termEnd!) + 86_400_000) })
  const categories = [...new Set(dated.map(bodyLabel))]
  const first = Math.min(...dated.map((m) => m.termStart!.year))
  const last = Math.max(...dated.map((m) => m.termEnd!.year))
  const undated = new Set(memberships.filter((m) => !m.termStart || !m.termEnd).map((m) => m.body.id)).size
  const states = (['past', 'current', 'elected'] as const).map((state) => ({ state, ...TERM_STATE_COLOURS[state] }))
  return timelineChart({
    id: 'chart-terms',
    width: 700,
    rowHeight: size === 'full' ? 14 : 12,
    title: label('chartTermsTitle'),
    alt: label('chartTermsAlt', { count: dated.length, first, last }),
    sourceLine: sourceLine(label, source, first, last),
    ...(undated > 0 ? { note: label('chartTermsUndated', { count: undated }) } : {}),
    categories,
    series: states
      .map(({ state, fill }) => ({ label: label(`state${state[0]!.toUpperCase()}${state.slice(1)}`), colour: fill, thickness: 0.75, hatched: state === 'elected', spans: dated.filter((m) => termState(m, asOf) === state).map(span) }))
      .filter((s) => s.spans.length > 0),
    first,
    last: Math.max(last + 1, asOf.year + 1),
    yearStep: YEAR_STEP.full,
    // A full-width chart has room for a body's name on one line in every language: rows stay one line high.
    labelLine: 56,
    marker: { x: yearFraction(earliestTime(asOf)), label: formatDate({ ...asOf, day: null, precision: 'month' }, lang) },
    tableHead: [label('colBody'), label('colTerm'), label('colStatus')],
    tableRows: dated.map((m) => [m.body.name, formatTerm(m.termStart, m.termEnd), label(`state${termState(m, asOf).replace(/^./, (c) => c.toUpperCase())}`)]),
  })
}
