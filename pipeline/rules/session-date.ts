import { earliestTime, isoOf, latestTime } from '../lib/dates.ts'
import { readSymbol } from '../lib/symbols.ts'
import type { SessionDates } from '../reference.ts'
import type { PartialDate } from '../types.ts'
import { dateValue, fieldIssue, hasField, rowViews, sessionValue, textValue, defineRule } from './rule.ts'

const DAY = 86_400_000
/** Within this distance of a bound that is only estimated, a date is a warning, not an error. */
const ESTIMATE_TOLERANCE = 21 * DAY
const firm = (s: SessionDates | undefined) => s?.confidence === 'confirmed' || s?.confidence === 'derived'

interface Window {
  /** The session as the message names it: its number, or a special session's code (ES-10). */
  readonly session: { readonly kind: 'regular' | 'special'; readonly session: string | number }
  readonly start: SessionDates
  /** The next session's opening, or the session's own closing; null when open-ended. */
  readonly end: SessionDates | null
}

function outside(date: PartialDate, window: Window): { distance: number; bound: SessionDates } | null {
  const start = earliestTime(window.start.opened)
  if (latestTime(date) < start) return { distance: start - latestTime(date), bound: window.start }
  if (window.end) {
    const end = earliestTime(window.end.opened)
    if (earliestTime(date) >= end) return { distance: earliestTime(date) - end + DAY, bound: window.end }
  }
  return null
}

/** The adoption date falls in its session: from the opening to the next session's opening. */
export const sessionDate = defineRule({
  id: 'session-date',
  severity: 'error',
  description: 'An adoption date falls inside its session (regular sessions: opening to the next opening; special sessions: their own dates).',
  *check({ dataset, reference }) {
    for (const view of rowViews(dataset, (t) => hasField('adoption_date')(t) && (hasField('session')(t) || hasField('symbol')(t)))) {
      const date = dateValue(view, 'adoption_date')
      if (!date) continue
      const symbol = textValue(view, 'symbol')
      const reading = symbol ? readSymbol(symbol) : null
      const special = reading?.ok ? reading.symbol.specialSession : null
      let window: Window | null = null
      if (special) {
        const dates = reference.specialSessions.get(special)
        if (!dates) {
          yield fieldIssue(view, 'adoption_date', 'session-date.no-special-session-dates', { session: special, adopted: isoOf(date) }, 'info')
          continue
        }
        // A special session ends when it closes; one only adjourned (ES-10, ES-11) has no end.
        window = { session: { kind: 'special', session: special }, start: dates, end: dates.closed ? { ...dates, opened: dayAfter(dates.closed) } : null }
      } else {
        const session = sessionValue(view) ?? (reading?.ok ? reading.symbol.session : null)
        if (session === null) continue
        const start = reference.sessions.get(session)
        if (!start) {
          yield fieldIssue(view, 'session', 'session-date.no-session-dates', { session }, 'info')
          continue
        }
        window = { session: { kind: 'regular', session }, start, end: reference.sessions.get(session + 1) ?? null }
      }
      const miss = outside(date, window)
      if (!miss) continue
      const estimated = !firm(miss.bound) && miss.distance <= ESTIMATE_TOLERANCE
      const params = {
        ...window.session,
        adoptionDate: isoOf(date),
        openedDate: isoOf(window.start.opened),
        nextDate: window.end ? isoOf(window.end.opened) : 'open',
        confidence: miss.bound.confidence,
      }
      yield fieldIssue(view, 'adoption_date', estimated ? 'session-date.near-estimated-bound' : 'session-date.outside', params, estimated ? 'warning' : 'error')
    }
  },
})

function dayAfter(date: PartialDate): PartialDate {
  const next = new Date(latestTime(date) + DAY)
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), precision: 'day' }
}
