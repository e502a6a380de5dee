import { castCell } from '../lib/cast.ts'
import { cellIssue, cells, defineRule } from './rule.ts'

export const schemaType = defineRule({
  id: 'schema-type',
  severity: 'error',
  description: 'Every cell can be read as its field type (integer, date, …).',
  *check({ dataset }) {
    for (const cell of cells(dataset.raw)) {
      if (cell.field.format === 'un-symbol') continue // symbol-format reports symbols, with their own advice
      const cast = castCell(cell.field, cell.text)
      if (cast.ok) continue
      const params = { written: cell.text, field: cell.field.name, expected: cast.expected }
      yield cast.problem ? cellIssue(cell, 'schema-type.invalid', { ...params, problem: cast.problem }) : cellIssue(cell, 'schema-type.not-type', params)
    }
  },
})
