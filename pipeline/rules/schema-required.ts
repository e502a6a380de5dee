import { cellIssue, cells, defineRule } from './rule.ts'

export const schemaRequired = defineRule({
  id: 'schema-required',
  severity: 'error',
  description: 'Required cells are not empty.',
  *check({ dataset }) {
    for (const cell of cells(dataset.raw)) {
      // An empty source is the missing-source rule's to report, with its own advice.
      if (!cell.field.constraints?.required || cell.text !== '' || cell.field.name === 'source') continue
      yield cellIssue(cell, 'schema-required.empty', { field: cell.field.name })
    }
  },
})
