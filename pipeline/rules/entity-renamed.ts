import { entityMentions } from './entity-cells.ts'
import { cellIssue, type Rule } from './rule.ts'

/** A body named by a name it no longer has, or never had. */
export const entityRenamed: Rule = {
  id: 'entity-renamed',
  severity: 'warning',
  description: 'Bodies are named by their current official name, not an old or a wrong one.',
  *check({ dataset, reference }) {
    for (const { cell, written, match } of entityMentions(dataset, reference)) {
      if (!match || (match.via !== 'former name' && match.via !== 'wrong name')) continue
      const official = `${match.entity.name}${match.entity.acronym ? ` (${match.entity.acronym})` : ''}`
      const message =
        match.via === 'former name'
          ? `"${written}" is a former name: it is now ${official}`
          : `no UN body is called "${written}": this is ${official}`
      yield { ...cellIssue(cell, message, `write "${match.entity.name}" or its id ${match.entity.id}`), value: written }
    }
  },
}
