import { earliestTime, latestTime, yearFraction } from '../../pipeline/lib/dates.ts'
import { formatTerm } from '../../pipeline/lib/format.ts'
import type { Membership } from '../../pipeline/model.ts'
import type { PartialDate } from '../../pipeline/types.ts'
import { palette } from './palette.ts'
import { axisLabel, timelineChart } from './timeline.ts'
import type { ChartSpec, Span } from './types.ts'

export type TermState = 'current' | 'past' | 'elected' | 'unknown'

/** Where a term stands on the as-of date: what "current" means in the documents. */
export function termState(m: Pick<Membership, 'termStart' | 'termEnd'>, asOf: PartialDate): TermState {
  if (!m.termStart || !m.termEnd) return 'unknown'
  const now = earliestTime(asOf)
  if (latestTime(m.termEnd) < now) return 'past'
  if (earliestTime(m.termStart) > now) return 'elected'
  return 'current'
}

const bodyLabel = (m: Membership) => axisLabel(m.body.acronym ?? m.body.shortName ?? m.body.name)

export function termsTimeline(memberships: readonly Membership[], asOf: PartialDate, label: (key: string, values?: Record<string, string | number>) => string): ChartSpec | null {
  const dated = memberships.filter((m) => m.termStart && m.termEnd)
  if (dated.length === 0) return null
  const span = (m: Membership): Span => ({ label: bodyLabel(m), from: yearFraction(earliestTime(m.termStart!)), to: yearFraction(latestTime(m.termEnd!) + 86_400_000) })
  const categories = [...new Set(dated.map(bodyLabel))]
  const first = Math.min(...dated.map((m) => m.termStart!.year))
  const last = Math.max(...dated.map((m) => m.termEnd!.year))
  const states = [
    { state: 'past', colour: palette.grey, key: 'statePast' },
    { state: 'current', colour: palette.blue, key: 'stateCurrent' },
    { state: 'elected', colour: palette.orange, key: 'stateElected' },
  ] as const
  return timelineChart({
    id: 'chart-terms',
    width: 700,
    rowHeight: 10.5,
    title: label('chartTermsTitle'),
    alt: label('chartTermsAlt', { count: dated.length, first, last }),
    categories,
    series: states
      .map(({ state, colour, key }) => ({ label: label(key), colour, thickness: 0.8, hatched: state === 'elected', spans: dated.filter((m) => termState(m, asOf) === state).map(span) }))
      .filter((s) => s.spans.length > 0),
    min: Math.floor((first - 1) / 2) * 2,
    max: Math.max(last + 1, asOf.year + 1),
    tableHead: [label('colBody'), label('colTerm'), label('colStatus')],
    tableRows: dated.map((m) => [m.body.name, formatTerm(m.termStart, m.termEnd), label(`state${termState(m, asOf).replace(/^./, (c) => c.toUpperCase())}`)]),
  })
}
