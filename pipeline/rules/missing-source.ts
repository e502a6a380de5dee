import { cellText, columnOf, defineRule, type Issue } from './rule.ts'

/** A URL, or `seed` for the source document; a URL may be followed by a remark ("(local copy: …)"). */
const SOURCE = /^(?:https?:\/\/\S+|seed)(?:\s.*)?$/s

export const missingSource = defineRule({
  id: 'missing-source',
  severity: 'error',
  description: 'Every row names its source: a URL where the fact can be checked, or "seed" for the source document.',
  *check({ dataset }): Generator<Issue> {
    for (const table of dataset.raw) {
      const column = columnOf(table, 'source')
      if (column === null) {
        yield { table: table.name, file: table.file, line: table.headerLine, column: null, field: 'source', value: null, code: 'missing-source.no-column', params: { table: table.name } }
        continue
      }
      for (const row of table.rows) {
        const source = cellText(table, row, 'source')
        if (SOURCE.test(source)) continue
        yield {
          table: table.name,
          file: table.file,
          line: row.line,
          column,
          field: 'source',
          value: source || null,
          code: source ? 'missing-source.not-a-source' : 'missing-source.empty',
          params: source ? { source } : {},
        }
      }
    }
  },
})
