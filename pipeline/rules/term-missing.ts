import { dateValue, fieldIssue, hasField, rowViews, textValue, defineRule } from './rule.ts'

/** Elected bodies listed without a term say little to a reader; the sheet lists them apart. */
export const termMissing = defineRule({
  id: 'term-missing',
  severity: 'info',
  description: 'Memberships say when: a term start and end.',
  *check({ dataset }) {
    for (const view of rowViews(dataset, (t) => hasField('term_start')(t) && hasField('term_end')(t))) {
      if (dateValue(view, 'term_start') || dateValue(view, 'term_end') || textValue(view, 'status') === 'candidate') continue
      yield fieldIssue(view, 'term_start', 'term-missing.no-term', { body: textValue(view, 'body') ?? '' })
    }
  },
})
