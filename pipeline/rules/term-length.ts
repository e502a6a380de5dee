import { earliestTime, latestTime } from '../lib/dates.ts'
import { formatTerm } from '../lib/format.ts'
import { dateValue, fieldIssue, hasField, rowViews, textValue, defineRule } from './rule.ts'

const YEAR = 365.25 * 86_400_000

/**
 * The lengths in years a term can mean. Years alone are loose: `2016`–`2018` is three calendar years
 * for the Human Rights Council (January to December), `2009`–`2012` three years from June to June.
 */
function possibleLengths(start: NonNullable<ReturnType<typeof dateValue>>, end: NonNullable<ReturnType<typeof dateValue>>): number[] {
  if (start.precision === 'day' && end.precision === 'day') return [Math.round((latestTime(end) + 86_400_000 - earliestTime(start)) / YEAR)]
  return [end.year - start.year, end.year - start.year + 1]
}

export const termLength = defineRule({
  id: 'term-length',
  severity: 'warning',
  description: "A term has the body's usual length (Security Council 2 years, Human Rights Council 3, Commission on Narcotic Drugs 4…).",
  *check({ dataset, reference }) {
    for (const view of rowViews(dataset, (t) => hasField('term_start')(t) && hasField('term_end')(t) && hasField('body')(t))) {
      const body = reference.entities.byId(textValue(view, 'body') ?? '')
      const start = dateValue(view, 'term_start')
      const end = dateValue(view, 'term_end')
      if (!body?.termYears || !start || !end) continue
      const lengths = possibleLengths(start, end)
      if (lengths.includes(body.termYears)) continue
      const params = { body: body.id, name: body.name, years: lengths[0] ?? 0, term: formatTerm(start, end), usual: body.termYears }
      yield fieldIssue(view, 'term_end', 'term-length.unusual', params)
    }
  },
})
