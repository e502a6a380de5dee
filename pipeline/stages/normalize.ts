import { castCell } from '../lib/cast.ts'
import type { RawTable, TypedRow, TypedTable, Value } from '../types.ts'

/**
 * Normalize stage: raw cells → values typed by the table schema, looked up by column name so that a
 * spreadsheet that reorders columns still reads right. A cell that does not cast becomes null; the
 * `schema-type` rule reports it.
 */
export function normalizeTable(table: RawTable): TypedTable {
  const columnOf = new Map(table.header.map((name, index) => [name, index]))
  const rows: TypedRow[] = table.rows.map((row) => {
    const values: Record<string, Value> = Object.create(null)
    for (const field of table.schema.fields) {
      const index = columnOf.get(field.name)
      const cast = index === undefined ? null : castCell(field, row.cells[index] ?? '')
      values[field.name] = cast?.ok ? cast.value : null
    }
    return { line: row.line, values }
  })
  return { name: table.name, file: table.file, rows }
}

export function normalizeTables(tables: readonly RawTable[]): Record<string, TypedTable> {
  return Object.fromEntries(tables.map((table) => [table.name, normalizeTable(table)]))
}
