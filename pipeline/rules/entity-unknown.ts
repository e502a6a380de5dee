import { nameKey } from '../lib/entities.ts'
import { closest } from '../lib/text.ts'
import { entityMentions } from './entity-cells.ts'
import { cellIssue, defineRule } from './rule.ts'

export const entityUnknown = defineRule({
  id: 'entity-unknown',
  severity: 'error',
  description: 'Every UN body, entity or mission named in a table is known to the reference (by id, name, acronym or alias).',
  *check({ dataset, reference }) {
    const names = new Map<string, string>()
    for (const e of reference.entityList) for (const n of [e.name, e.acronym, e.shortName, ...e.aliases]) if (n) names.set(nameKey(n), n)
    for (const mention of entityMentions(dataset, reference)) {
      if (mention.match) continue
      const guess = closest(nameKey(mention.written), names.keys())
      const issue = guess ? cellIssue(mention.cell, 'entity-unknown.near-match', { written: mention.written, guess: names.get(guess) ?? guess }) : cellIssue(mention.cell, 'entity-unknown.no-match', { written: mention.written })
      yield { ...issue, value: mention.written }
    }
  },
})
