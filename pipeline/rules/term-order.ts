import { earliestTime, isoOf, latestTime } from '../lib/dates.ts'
import { dateValue, fieldIssue, rowViews, defineRule } from './rule.ts'

/** Period columns come in pairs by name: term_start/term_end, mandate_start/mandate_end, deployed_from/deployed_to. */
function periodPairs(fields: readonly string[]): [string, string][] {
  return fields.flatMap((start): [string, string][] => {
    const end = start.endsWith('_start') ? start.replace(/_start$/, '_end') : start.endsWith('_from') ? start.replace(/_from$/, '_to') : null
    return end && fields.includes(end) ? [[start, end]] : []
  })
}

export const termOrder = defineRule({
  id: 'term-order',
  severity: 'error',
  description: 'A period does not end before it starts (terms, mandates, deployments).',
  *check({ dataset }) {
    for (const view of rowViews(dataset)) {
      for (const [startField, endField] of periodPairs(view.table.schema.fields.map((f) => f.name))) {
        const start = dateValue(view, startField)
        const end = dateValue(view, endField)
        if (!start || !end || earliestTime(start) <= latestTime(end)) continue
        yield fieldIssue(view, endField, 'term-order.reversed', { startField, endField, startDate: isoOf(start), endDate: isoOf(end) })
      }
    }
  },
})
