import { earliestTime } from '../lib/dates.ts'
import { formatDate } from '../lib/format.ts'
import { dateValue, fieldIssue, rowViews, textValue, type Rule } from './rule.ts'

/** Elections to UN bodies are held before the term starts (the Security Council's in June of the year before). */
const ELECTION_LEAD = 75 * 86_400_000

export const staleCandidature: Rule = {
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
      const why = election ? `the election was on ${formatDate(election)}` : `the term starts ${formatDate(start)}, so the election has been held`
      yield fieldIssue(view, 'status', `still a candidature, but ${why} (as of ${formatDate(asOf)})`, 'record the result: status member with the election date and votes, or drop the row if the bid failed')
    }
  },
}
