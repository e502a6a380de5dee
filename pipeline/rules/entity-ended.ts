import { readDate } from '../lib/date-text.ts'
import { latestTime } from '../lib/dates.ts'
import { formatDate } from '../lib/format.ts'
import { entityMentions } from './entity-cells.ts'
import { cellIssue, cellText, type Rule } from './rule.ts'

/** Membership of, or an office of, a body that was abolished: the row must end by then. */
export const entityEnded: Rule = {
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
      yield {
        ...cellIssue(cell, `${entity.name} ended ${formatDate(entity.ended)}${successor ? ` (succeeded by ${successor.name})` : ''}, but the row ${end.ok ? 'runs past that' : 'gives no end'}`, successor ? `give the term's end (by ${entity.ended.year}), or name ${successor.name} if that is meant` : `give the term's end (by ${entity.ended.year})`),
        value: written,
      }
    }
  },
}
