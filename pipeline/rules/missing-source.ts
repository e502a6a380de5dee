import { SOURCE_TABLE } from '../lib/sources.ts'
import { cellText, columnOf, defineRule, type Issue } from './rule.ts'

/** Without a sources table: a URL, or `seed` for the source document, maybe followed by a remark. */
const SOURCE = /^(?:https?:\/\/\S+|seed)(?:\s.*)?$/s

export const missingSource = defineRule({
  id: 'missing-source',
  severity: 'error',
  description: 'Every row names its sources: ids of the sources table (or, in a dataset without one, a URL or "seed").',
  *check({ dataset }): Generator<Issue> {
    const withTable = dataset.raw.some((t) => t.name === SOURCE_TABLE) ? 'yes' : 'no'
    for (const table of dataset.raw) {
      if (!table.schema.fields.some((f) => f.name === 'source')) continue
      const column = columnOf(table, 'source')
      if (column === null) {
        yield { table: table.name, file: table.file, line: table.headerLine, column: null, field: 'source', value: null, code: 'missing-source.no-column', params: { table: table.name, withTable } }
        continue
      }
      for (const row of table.rows) {
        const source = cellText(table, row, 'source')
        if (source && (withTable === 'yes' || SOURCE.test(source))) continue
        const code = source ? 'missing-source.not-a-source' : 'missing-source.empty'
        yield { table: table.name, file: table.file, line: row.line, column, field: 'source', value: source || null, code, params: { source, withTable } }
      }
    }
  },
})
