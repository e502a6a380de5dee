import { earliestTime, latestTime } from '../lib/dates.ts'
import { formatDate } from '../lib/format.ts'
import type { PartialDate } from '../types.ts'
import { cellText, dateValue, fieldIssue, rowViews, textValue, type RowView, type Rule, type RuleContext } from './rule.ts'

const CURRENT = /\b(?:current|currently|at present|presently|ongoing|still serving)\b/i
/** Columns that document the data rather than state it: a note may well quote a stale claim. */
const NOT_CLAIMS = new Set(['source', 'notes', 'id'])

/** When the thing a row is about ended, if it has ended: a term, a deployment, an entity. */
function endOf(view: RowView, { reference }: RuleContext): { date: PartialDate; what: string } | null {
  const termEnd = dateValue(view, 'term_end') ?? dateValue(view, 'deployed_to')
  if (termEnd) return { date: termEnd, what: 'the period' }
  const mission = reference.missions.get(textValue(view, 'mission') ?? '')
  if (mission?.end) return { date: mission.end, what: mission.id }
  const entity = reference.entities.byId(textValue(view, 'entity') ?? textValue(view, 'body') ?? '')
  if (entity?.ended) return { date: entity.ended, what: entity.name }
  return null
}

export const staleCurrent: Rule = {
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
      yield fieldIssue(view, field, `the row says "${word}", but ${ended.what} ended ${formatDate(ended.date)}, before the as-of date ${formatDate(context.asOf)}`, 'state it in the past tense, or update the row to what holds now')
    }
  },
}
