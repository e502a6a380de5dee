import { castCell } from '../lib/cast.ts'
import { cellIssue, cells, type Rule } from './rule.ts'

export const schemaType: Rule = {
  id: 'schema-type',
  severity: 'error',
  description: 'Every cell can be read as its field type (integer, date, …).',
  *check({ dataset }) {
    for (const cell of cells(dataset.raw)) {
      if (cell.field.format === 'un-symbol') continue // symbol-format reports symbols, with their own advice
      const cast = castCell(cell.field, cell.text)
      if (cast.ok) continue
      yield cellIssue(cell, `"${cell.text}" in column "${cell.field.name}" is not ${cast.expected}${cast.problem ? `: ${cast.problem}` : ''}`, `write ${cast.expected}`)
    }
  },
}
