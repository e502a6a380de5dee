import { cellIssue, cells, type Rule } from './rule.ts'

export const schemaRequired: Rule = {
  id: 'schema-required',
  severity: 'error',
  description: 'Required cells are not empty (every row needs its source).',
  *check({ dataset }) {
    for (const cell of cells(dataset.raw)) {
      if (!cell.field.constraints?.required || cell.text !== '') continue
      const hint = cell.field.name === 'source' ? 'give the URL where the fact can be checked, or "seed" for the source document' : `fill in "${cell.field.name}"`
      yield cellIssue(cell, `"${cell.field.name}" is required but empty`, hint)
    }
  },
}
