import { nameKey } from '../lib/entities.ts'
import { closest } from '../lib/text.ts'
import { entityMentions } from './entity-cells.ts'
import { cellIssue, type Rule } from './rule.ts'

export const entityUnknown: Rule = {
  id: 'entity-unknown',
  severity: 'error',
  description: 'Every UN body, entity or mission named in a table is known to the reference (by id, name, acronym or alias).',
  *check({ dataset, reference }) {
    const names = new Map<string, string>()
    for (const e of reference.entityList) for (const n of [e.name, e.acronym, e.shortName, ...e.aliases]) if (n) names.set(nameKey(n), n)
    for (const mention of entityMentions(dataset, reference)) {
      if (mention.match) continue
      const guess = closest(nameKey(mention.written), names.keys())
      yield {
        ...cellIssue(mention.cell, `no UN entity is known as "${mention.written}"`, guess ? `did you mean "${names.get(guess)}"? Otherwise add it to sources/reference/un-entities.csv` : 'correct the name, or add the entity (or this name as an alias) to sources/reference/un-entities.csv'),
        value: mention.written,
      }
    }
  },
}
