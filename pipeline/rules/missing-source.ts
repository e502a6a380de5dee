import { cellText, columnOf, type Rule } from './rule.ts'

/** A URL, or `seed` for the source document; a URL may be followed by a remark ("(local copy: …)"). */
const SOURCE = /^(?:https?:\/\/\S+|seed)(?:\s.*)?$/s

export const missingSource: Rule = {
  id: 'missing-source',
  severity: 'error',
  description: 'Every row names its source: a URL where the fact can be checked, or "seed" for the source document.',
  *check({ dataset }) {
    for (const table of dataset.raw) {
      const column = columnOf(table, 'source')
      if (column === null) {
        yield { table: table.name, file: table.file, line: table.headerLine, column: null, field: 'source', value: null, message: `table "${table.name}" has no source column`, hint: 'add a "source" column and give every row the URL its facts come from' }
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
          message: source ? `source "${source}" is neither a URL nor "seed"` : 'the row has no source',
          hint: 'give the URL where the fact can be checked (https://…), or "seed" if it comes from the source document',
        }
      }
    }
  },
}
