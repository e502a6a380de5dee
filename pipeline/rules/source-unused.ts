import { citedIds, SOURCE_TABLE, sourceIndex } from '../lib/sources.ts'
import { cellText, type Rule } from './rule.ts'

export const sourceUnused: Rule = {
  id: 'source-unused',
  severity: 'warning',
  description: 'Every row of the sources table is cited by some row.',
  *check({ dataset }) {
    const sources = sourceIndex(dataset)
    const table = dataset.raw.find((t) => t.name === SOURCE_TABLE)
    if (!sources || !table) return
    const cited = new Set(dataset.raw.flatMap((t) => t.rows.flatMap((row) => ['source', 'verified_by'].flatMap((f) => citedIds(cellText(t, row, f))))))
    for (const source of sources.values()) {
      if (cited.has(source.id)) continue
      yield { table: table.name, file: table.file, line: source.line, column: 1, field: 'id', value: source.id, message: `source "${source.id}" is cited by no row`, hint: 'cite it where it confirms a fact, or delete the row' }
    }
  },
}
