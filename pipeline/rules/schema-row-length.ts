import { defineRule } from './rule.ts'

/** A row with more or fewer cells than the header is usually a stray comma or an unquoted comma in a title. */
export const schemaRowLength = defineRule({
  id: 'schema-row-length',
  severity: 'error',
  description: 'Every row has as many cells as the header.',
  *check({ dataset }) {
    for (const table of dataset.raw) {
      for (const row of table.rows) {
        if (row.cells.length === table.header.length) continue
        const more = row.cells.length > table.header.length
        yield {
          table: table.name,
          file: table.file,
          line: row.line,
          column: more ? table.header.length + 1 : row.cells.length,
          field: null,
          value: null,
          code: more ? 'schema-row-length.too-many' : 'schema-row-length.too-few',
          params: { cells: String(row.cells.length), columns: String(table.header.length) },
        }
      }
    }
  },
})
