import { castCell } from '../lib/cast.ts'
import type { EntityIndex, EntityRecord } from '../lib/entities.ts'
import type { RawTable, TableSchema, TypedRow, TypedTable, Value } from '../types.ts'

/** The resource name of the reference table that entity references point at. */
export const ENTITY_RESOURCE = 'un-entities'

/** Fields whose values name a UN entity: the ones with a foreign key into the entity reference. */
export function entityFields(schema: TableSchema): Set<string> {
  return new Set((schema.foreignKeys ?? []).filter((fk) => fk.reference.resource === ENTITY_RESOURCE).flatMap((fk) => fk.fields))
}

/**
 * Normalize stage: raw cells → values typed by the table schema, looked up by column name so that a
 * spreadsheet that reorders columns still reads right. Dates, session numbers and resolution symbols
 * come out in one canonical form whatever notation the cell used, and a UN entity named by any of
 * its names comes out as its id. A cell that does not read becomes null; the rules report it.
 */
export function normalizeTable(table: RawTable, entities: EntityIndex<EntityRecord> | null): TypedTable {
  const columnOf = new Map(table.header.map((name, index) => [name, index]))
  const named = entityFields(table.schema)
  const resolve = (text: string) => entities?.resolve(text)?.entity.id ?? null
  const rows: TypedRow[] = table.rows.map((row) => {
    const values: Record<string, Value> = Object.create(null)
    for (const field of table.schema.fields) {
      const index = columnOf.get(field.name)
      const cast = index === undefined ? null : castCell(field, row.cells[index] ?? '')
      let value: Value = cast?.ok ? cast.value : null
      if (named.has(field.name) && entities) {
        if (typeof value === 'string') value = resolve(value)
        else if (Array.isArray(value)) value = value.map(resolve).filter((id): id is string => id !== null)
      }
      values[field.name] = value
    }
    return { line: row.line, values }
  })
  return { name: table.name, file: table.file, rows }
}

export function normalizeTables(tables: readonly RawTable[], entities: EntityIndex<EntityRecord> | null): Record<string, TypedTable> {
  return Object.fromEntries(tables.map((table) => [table.name, normalizeTable(table, entities)]))
}
