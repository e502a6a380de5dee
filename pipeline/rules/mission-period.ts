import { earliestTime, latestTime } from '../lib/dates.ts'
import { formatDate, formatTerm } from '../lib/format.ts'
import { dateValue, fieldIssue, hasField, rowViews, textValue, type Rule } from './rule.ts'

const MONTH = 31 * 86_400_000

/** A deployment lies inside its mission's mandate, and mandate dates agree with the reference. */
export const missionPeriod: Rule = {
  id: 'mission-period',
  severity: 'error',
  description: "A deployment lies within its mission's mandate; an ongoing deployment's mission has not ended.",
  *check({ dataset, reference, asOf }) {
    for (const view of rowViews(dataset, hasField('mission'))) {
      const mission = reference.missions.get(textValue(view, 'mission') ?? '')
      if (!mission) continue
      const mandate = `${mission.id}'s mandate (${formatTerm(mission.start, mission.end)}${mission.end ? '' : ', ongoing'})`
      const from = dateValue(view, 'deployed_from')
      const to = dateValue(view, 'deployed_to')
      if (from && latestTime(from) < earliestTime(mission.start)) {
        yield fieldIssue(view, 'deployed_from', `deployed from ${formatDate(from)}, before ${mandate} began`, 'check the year, or the mission: the place may have had another mission then')
      }
      if (to && mission.end && earliestTime(to) > latestTime(mission.end)) {
        yield fieldIssue(view, 'deployed_to', `deployed until ${formatDate(to)}, after ${mandate} ended`, 'check the year, or name the successor mission in a row of its own')
      }
      if (from && !to && mission.end && latestTime(mission.end) < earliestTime(asOf)) {
        yield fieldIssue(view, 'deployed_to', `the deployment is open-ended, but ${mission.id} ended ${formatDate(mission.end)}`, `set deployed_to to the year the deployment ended (at the latest ${mission.end.year})`)
      }
      for (const [field, expected] of [['mandate_start', mission.start], ['mandate_end', mission.end]] as const) {
        const written = dateValue(view, field)
        if (!written || !expected || Math.abs(earliestTime(written) - earliestTime(expected)) <= MONTH) continue
        yield fieldIssue(view, field, `${field} ${formatDate(written)} differs from the reference (${formatDate(expected)}, ${mission.source})`, 'correct the row or the reference table sources/reference/peacekeeping-missions.csv', 'warning')
      }
    }
  },
}
