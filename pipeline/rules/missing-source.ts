import { SOURCE_TABLE } from '../lib/sources.ts'
import { cellText, columnOf, type Rule } from './rule.ts'

/** Without a sources table: a URL, or `seed` for the source document, maybe followed by a remark. */
const SOURCE = /^(?:https?:\/\/\S+|seed)(?:\s.*)?$/s

export const missingSource: Rule = {
  id: 'missing-source',
  severity: 'error',
  description: 'Every row names its sources: ids of the sources table (or, in a dataset without one, a URL or "seed").',
  *check({ dataset }) {
    const withTable = dataset.raw.some((t) => t.name === SOURCE_TABLE)
    for (const table of dataset.raw) {
      if (!table.schema.fields.some((f) => f.name === 'source')) continue
      const column = columnOf(table, 'source')
      const hint = withTable ? 'give the ids of the rows of sources.csv the facts come from, separated by ";"' : 'give the URL where the fact can be checked (https://…), or "seed" if it comes from the source document'
      if (column === null) {
        yield { table: table.name, file: table.file, line: table.headerLine, column: null, field: 'source', value: null, message: `table "${table.name}" has no source column`, hint: `add a "source" column: ${hint}` }
        continue
      }
      for (const row of table.rows) {
        const source = cellText(table, row, 'source')
        if (source && (withTable || SOURCE.test(source))) continue
        const message = source ? `source "${source}" is neither a URL nor "seed"` : 'the row has no source'
        yield { table: table.name, file: table.file, line: row.line, column, field: 'source', value: source || null, message, hint }
      }
    }
  },
}
