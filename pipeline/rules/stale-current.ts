import { earliestTime, isoOf, latestTime } from '../lib/dates.ts'
import type { PartialDate } from '../types.ts'
import { cellText, dateValue, fieldIssue, rowViews, textValue, type RowView, defineRule, type RuleContext } from './rule.ts'

const CURRENT = /\b(?:current|currently|at present|presently|ongoing|still serving)\b/i
/** Columns that document the data rather than state it: a note may well quote a stale claim. */
const NOT_CLAIMS = new Set(['source', 'notes', 'id'])

/** When the thing a row is about ended, if it has ended: a term, a deployment, an entity. */
/** `what` is null for the row's own period (a term, a deployment), else the name of what ended. */
function endOf(view: RowView, { reference }: RuleContext): { date: PartialDate; what: string | null } | null {
  const termEnd = dateValue(view, 'term_end') ?? dateValue(view, 'deployed_to')
  if (termEnd) return { date: termEnd, what: null }
  const mission = reference.missions.get(textValue(view, 'mission') ?? '')
  if (mission?.end) return { date: mission.end, what: mission.id }
  const entity = reference.entities.byId(textValue(view, 'entity') ?? textValue(view, 'body') ?? '')
  if (entity?.ended) return { date: entity.ended, what: entity.name }
  return null
}

export const staleCurrent = defineRule({
  id: 'stale-current',
  severity: 'warning',
  description: 'No row calls something current that ended before the as-of date.',
  *check(context) {
    const now = earliestTime(context.asOf)
    for (const view of rowViews(context.dataset)) {
      const ended = endOf(view, context)
      if (!ended || latestTime(ended.date) >= now) continue
      const field = view.table.header.find((name) => !NOT_CLAIMS.has(name) && CURRENT.test(cellText(view.table, view.row, name)))
      if (!field) continue
      const word = CURRENT.exec(cellText(view.table, view.row, field))![0]
      const params = { word, endedDate: isoOf(ended.date), asOfDate: isoOf(context.asOf) }
      yield ended.what === null ? fieldIssue(view, field, 'stale-current.period-ended', params) : fieldIssue(view, field, 'stale-current.ended', { ...params, name: ended.what })
    }
  },
})
