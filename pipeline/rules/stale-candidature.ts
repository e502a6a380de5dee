import { earliestTime, isoOf } from '../lib/dates.ts'
import { dateValue, fieldIssue, rowViews, textValue, defineRule } from './rule.ts'

/** Elections to UN bodies are held before the term starts (the Security Council's in June of the year before). */
const ELECTION_LEAD = 75 * 86_400_000

export const staleCandidature = defineRule({
  id: 'stale-candidature',
  severity: 'warning',
  description: 'A candidature whose election has already been held is recorded with its result.',
  *check({ dataset, asOf }) {
    const now = earliestTime(asOf)
    for (const view of rowViews(dataset)) {
      if (textValue(view, 'status') !== 'candidate') continue
      const election = dateValue(view, 'election_date')
      const start = dateValue(view, 'term_start')
      const held = election ? earliestTime(election) < now : start ? earliestTime(start) - now < ELECTION_LEAD : false
      if (!held) continue
      const asOfDate = isoOf(asOf)
      yield election
        ? fieldIssue(view, 'status', 'stale-candidature.election-held', { electionDate: isoOf(election), asOfDate })
        : fieldIssue(view, 'status', 'stale-candidature.term-starts', { startDate: isoOf(start!), asOfDate })
    }
  },
})
