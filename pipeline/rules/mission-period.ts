import { earliestTime, isoOf, latestTime } from '../lib/dates.ts'
import { formatTerm } from '../lib/format.ts'
import { dateValue, fieldIssue, hasField, rowViews, textValue, defineRule } from './rule.ts'

const MONTH = 31 * 86_400_000

/** A deployment lies inside its mission's mandate, and mandate dates agree with the reference. */
export const missionPeriod = defineRule({
  id: 'mission-period',
  severity: 'error',
  description: "A deployment lies within its mission's mandate; an ongoing deployment's mission has not ended.",
  *check({ dataset, reference, asOf }) {
    for (const view of rowViews(dataset, hasField('mission'))) {
      const mission = reference.missions.get(textValue(view, 'mission') ?? '')
      if (!mission) continue
      const mandate = { mission: mission.id, term: formatTerm(mission.start, mission.end), ongoing: mission.end ? 'no' : 'yes' }
      const from = dateValue(view, 'deployed_from')
      const to = dateValue(view, 'deployed_to')
      if (from && latestTime(from) < earliestTime(mission.start)) {
        yield fieldIssue(view, 'deployed_from', 'mission-period.before-mandate', { ...mandate, fromDate: isoOf(from) })
      }
      if (to && mission.end && earliestTime(to) > latestTime(mission.end)) {
        yield fieldIssue(view, 'deployed_to', 'mission-period.after-mandate', { ...mandate, toDate: isoOf(to) })
      }
      if (from && !to && mission.end && latestTime(mission.end) < earliestTime(asOf)) {
        yield fieldIssue(view, 'deployed_to', 'mission-period.open-ended', { mission: mission.id, endedDate: isoOf(mission.end), year: String(mission.end.year) })
      }
      for (const [field, expected] of [['mandate_start', mission.start], ['mandate_end', mission.end]] as const) {
        const written = dateValue(view, field)
        if (!written || !expected || Math.abs(earliestTime(written) - earliestTime(expected)) <= MONTH) continue
        const params = { mission: mission.id, field, writtenDate: isoOf(written), referenceDate: isoOf(expected), source: mission.source }
        yield fieldIssue(view, field, 'mission-period.mandate-differs', params, 'warning')
      }
    }
  },
})
