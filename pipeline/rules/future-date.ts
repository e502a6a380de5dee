import { earliestTime, isoOf } from '../lib/dates.ts'
import { dateValue, fieldIssue, rowViews, textValue, defineRule } from './rule.ts'

/** Something that happened cannot have happened after the as-of date; candidatures and plans may lie ahead. */
export const futureDate = defineRule({
  id: 'future-date',
  severity: 'error',
  description: 'Dates of events (adoption, election, signature…) are not after the as-of date, unless the row is a candidature or plan.',
  *check({ dataset, asOf }) {
    for (const view of rowViews(dataset)) {
      if (['candidate', 'planned'].includes(textValue(view, 'status') ?? '')) continue
      for (const field of view.table.schema.fields) {
        if (!field.event) continue
        const date = dateValue(view, field.name)
        if (!date || earliestTime(date) <= earliestTime(asOf)) continue
        yield fieldIssue(view, field.name, 'future-date.after-as-of', { field: field.name, eventDate: isoOf(date), asOfDate: isoOf(asOf) })
      }
    }
  },
})
