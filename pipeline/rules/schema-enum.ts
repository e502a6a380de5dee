import { cellIssue, cells, defineRule } from './rule.ts'

export const schemaEnum = defineRule({
  id: 'schema-enum',
  severity: 'error',
  description: 'Cells of a field with a fixed list of values use one of them.',
  *check({ dataset }) {
    for (const cell of cells(dataset.raw)) {
      const allowed = cell.field.constraints?.enum
      if (!allowed || cell.text === '' || allowed.includes(cell.text)) continue
      yield cellIssue(cell, 'schema-enum.not-allowed', { written: cell.text, field: cell.field.name, allowed: allowed.join(', ') })
    }
  },
})
