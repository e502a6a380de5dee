import { citedIds, SOURCE_TABLE, sourceIndex } from '../lib/sources.ts'
import { defineRule, cellText } from './rule.ts'

export const sourceUnused = defineRule({
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
      yield { table: table.name, file: table.file, line: source.line, column: 1, field: 'id', value: source.id, code: 'source-unused.uncited', params: { id: source.id } }
    }
  },
})
