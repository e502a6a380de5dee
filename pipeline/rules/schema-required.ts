import { cellIssue, cells, type Rule } from './rule.ts'

export const schemaRequired: Rule = {
  id: 'schema-required',
  severity: 'error',
  description: 'Required cells are not empty.',
  *check({ dataset }) {
    for (const cell of cells(dataset.raw)) {
      // An empty source is the missing-source rule's to report, with its own advice.
      if (!cell.field.constraints?.required || cell.text !== '' || cell.field.name === 'source') continue
      yield cellIssue(cell, `"${cell.field.name}" is required but empty`, `fill in "${cell.field.name}"`)
    }
  },
}
