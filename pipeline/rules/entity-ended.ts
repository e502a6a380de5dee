import { readDate } from '../lib/date-text.ts'
import { isoOf, latestTime } from '../lib/dates.ts'
import { entityMentions } from './entity-cells.ts'
import { cellIssue, cellText, defineRule } from './rule.ts'

/** Membership of, or an office of, a body that was abolished: the row must end by then. */
export const entityEnded = defineRule({
  id: 'entity-ended',
  severity: 'warning',
  description: 'A row about a body that has been abolished or replaced ends before it did.',
  *check({ dataset, reference, asOf }) {
    for (const { cell, written, match } of entityMentions(dataset, reference)) {
      const entity = match?.entity
      // Missions end by design; the mission-period rule checks deployments against their mandates.
      if (!entity?.ended || entity.kind === 'peacekeeping mission' || latestTime(entity.ended) >= latestTime(asOf)) continue
      const end = readDate(cellText(cell.table, cell.row, 'term_end'))
      if (end.ok && latestTime(end.date) <= latestTime(entity.ended)) continue
      const successor = entity.successorId ? reference.entities.byId(entity.successorId) : undefined
      const params = { entity: entity.id, name: entity.name, endedDate: isoOf(entity.ended), year: String(entity.ended.year), successor: successor?.name ?? '', succeeded: successor ? 'yes' : 'no' }
      yield { ...cellIssue(cell, end.ok ? 'entity-ended.runs-past' : 'entity-ended.no-end', params), value: written }
    }
  },
})
