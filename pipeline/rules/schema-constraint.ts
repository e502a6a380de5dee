import { castCell } from '../lib/cast.ts'
import { cellIssue, cells, type Rule } from './rule.ts'

/** Pattern, minimum and maximum constraints of the table schema. */
export const schemaConstraint: Rule = {
  id: 'schema-constraint',
  severity: 'error',
  description: 'Cells meet the pattern, minimum and maximum of their field.',
  *check({ dataset }) {
    for (const cell of cells(dataset.raw)) {
      const { pattern, minimum, maximum } = cell.field.constraints ?? {}
      if (cell.text === '') continue
      if (pattern !== undefined && !new RegExp(`^(?:${pattern})$`, 'u').test(cell.text)) {
        yield cellIssue(cell, `"${cell.text}" does not match the pattern of "${cell.field.name}" (${pattern})`, 'write the value in the form the pattern describes')
      }
      const cast = castCell(cell.field, cell.text)
      if (!cast.ok || typeof cast.value !== 'number') continue
      if (minimum !== undefined && cast.value < minimum) {
        yield cellIssue(cell, `${cast.value} is below the minimum of "${cell.field.name}" (${minimum})`, `use a value of at least ${minimum}`)
      }
      if (maximum !== undefined && cast.value > maximum) {
        yield cellIssue(cell, `${cast.value} is above the maximum of "${cell.field.name}" (${maximum})`, `use a value of at most ${maximum}`)
      }
    }
  },
}
