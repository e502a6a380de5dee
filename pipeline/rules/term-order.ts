import { earliestTime, latestTime } from '../lib/dates.ts'
import { formatDate } from '../lib/format.ts'
import { dateValue, fieldIssue, rowViews, type Rule } from './rule.ts'

/** Period columns come in pairs by name: term_start/term_end, mandate_start/mandate_end, deployed_from/deployed_to. */
function periodPairs(fields: readonly string[]): [string, string][] {
  return fields.flatMap((start): [string, string][] => {
    const end = start.endsWith('_start') ? start.replace(/_start$/, '_end') : start.endsWith('_from') ? start.replace(/_from$/, '_to') : null
    return end && fields.includes(end) ? [[start, end]] : []
  })
}

export const termOrder: Rule = {
  id: 'term-order',
  severity: 'error',
  description: 'A period does not end before it starts (terms, mandates, deployments).',
  *check({ dataset }) {
    for (const view of rowViews(dataset)) {
      for (const [startField, endField] of periodPairs(view.table.schema.fields.map((f) => f.name))) {
        const start = dateValue(view, startField)
        const end = dateValue(view, endField)
        if (!start || !end || earliestTime(start) <= latestTime(end)) continue
        yield fieldIssue(view, endField, `${endField} ${formatDate(end)} is before ${startField} ${formatDate(start)}`, 'the two dates are probably swapped')
      }
    }
  },
}
