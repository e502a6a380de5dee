import { cellText, columnOf, defineRule } from './rule.ts'

export const primaryKey = defineRule({
  id: 'primary-key',
  severity: 'error',
  description: 'No two rows of a table share the same primary key.',
  *check({ dataset }) {
    for (const table of dataset.raw) {
      const key = table.schema.primaryKey
      if (!key?.length) continue
      const firstLine = new Map<string, number>()
      for (const row of table.rows) {
        const parts = key.map((field) => cellText(table, row, field))
        if (parts.some((part) => part === '')) continue
        const value = parts.join(' + ')
        const earlier = firstLine.get(value)
        if (earlier === undefined) {
          firstLine.set(value, row.line)
          continue
        }
        yield {
          table: table.name,
          file: table.file,
          line: row.line,
          column: columnOf(table, key[0] ?? ''),
          field: key.join(', '),
          value,
          code: 'primary-key.duplicate',
          params: { key: key.join(' + '), value, line: String(earlier) },
        }
      }
    }
  },
})
