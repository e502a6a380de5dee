import { entityMentions } from './entity-cells.ts'
import { cellIssue, defineRule } from './rule.ts'

/** A body named by a name it no longer has, or never had. */
export const entityRenamed = defineRule({
  id: 'entity-renamed',
  severity: 'warning',
  description: 'Bodies are named by their current official name, not an old or a wrong one.',
  *check({ dataset, reference }) {
    for (const { cell, written, match } of entityMentions(dataset, reference)) {
      if (!match || (match.via !== 'former name' && match.via !== 'wrong name')) continue
      const { id, name, acronym } = match.entity
      const params = { entity: id, written, name, official: acronym ? `${name} (${acronym})` : name }
      yield { ...cellIssue(cell, match.via === 'former name' ? 'entity-renamed.former-name' : 'entity-renamed.wrong-name', params), value: written }
    }
  },
})
