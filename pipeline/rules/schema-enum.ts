import { cellIssue, cells, type Rule } from './rule.ts'

export const schemaEnum: Rule = {
  id: 'schema-enum',
  severity: 'error',
  description: 'Cells of a field with a fixed list of values use one of them.',
  *check({ dataset }) {
    for (const cell of cells(dataset.raw)) {
      const allowed = cell.field.constraints?.enum
      if (!allowed || cell.text === '' || allowed.includes(cell.text)) continue
      yield cellIssue(cell, `"${cell.text}" is not an allowed value of "${cell.field.name}"`, `use one of: ${allowed.join(', ')}`)
    }
  },
}
