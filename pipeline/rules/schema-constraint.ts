import { cellIssue, cells, type Cell, defineRule } from './rule.ts'

const patterns = new Map<string, RegExp>()
const patternOf = (source: string) => patterns.get(source) ?? patterns.set(source, new RegExp(`^(?:${source})$`, 'u')).get(source)!

/** Pattern, minimum and maximum constraints of the table schema, on the value as normalized. */
export const schemaConstraint = defineRule({
  id: 'schema-constraint',
  severity: 'error',
  description: 'Cells meet the pattern, minimum and maximum of their field.',
  *check({ dataset }) {
    const typed = (cell: Cell) => dataset.tables[cell.table.name]?.rows[cell.index]?.values[cell.field.name]
    for (const cell of cells(dataset.raw)) {
      const { pattern, minimum, maximum } = cell.field.constraints ?? {}
      if (cell.text === '' || (pattern === undefined && minimum === undefined && maximum === undefined)) continue
      if (pattern !== undefined && !patternOf(pattern).test(cell.text)) {
        yield cellIssue(cell, 'schema-constraint.pattern', { written: cell.text, field: cell.field.name, pattern })
      }
      const value = minimum === undefined && maximum === undefined ? null : typed(cell)
      if (typeof value !== 'number') continue
      if (minimum !== undefined && value < minimum) {
        yield cellIssue(cell, 'schema-constraint.below-minimum', { value: String(value), field: cell.field.name, minimum: String(minimum) })
      }
      if (maximum !== undefined && value > maximum) {
        yield cellIssue(cell, 'schema-constraint.above-maximum', { value: String(value), field: cell.field.name, maximum: String(maximum) })
      }
    }
  },
})
