import type { Issue, Rule } from './rule.ts'

/** The header row must name the schema's columns; extra columns are allowed but reported. */
export const schemaHeader: Rule = {
  id: 'schema-header',
  severity: 'error',
  description: 'The header row names every required column of the table schema, each once; absent optional and unknown columns are reported as info.',
  *check({ dataset }) {
    for (const table of dataset.raw) {
      const at = { table: table.name, file: table.file, line: table.headerLine, value: null } as const
      const known = new Set(table.schema.fields.map((f) => f.name))
      const seen = new Set<string>()
      for (const [index, name] of table.header.entries()) {
        const column = index + 1
        if (seen.has(name)) {
          yield { ...at, column, field: name, message: `column "${name}" appears twice in the header`, hint: 'delete or rename one of the two columns' } satisfies Issue
        } else if (!known.has(name)) {
          yield { ...at, severity: 'info', column, field: name, message: `column "${name}" is not in the table schema and is ignored`, hint: `the schema's columns are: ${[...known].join(', ')}` } satisfies Issue
        }
        seen.add(name)
      }
      for (const field of table.schema.fields) {
        if (seen.has(field.name)) continue
        // A missing optional column reads as empty cells; a missing required one cannot be read at all.
        const required = field.constraints?.required === true
        yield {
          ...at,
          ...(required ? {} : { severity: 'info' as const }),
          column: null,
          field: field.name,
          message: required ? `required column "${field.name}" is missing from the header` : `optional column "${field.name}" is absent, so its cells count as empty`,
          hint: `add a column named "${field.name}"`,
        } satisfies Issue
      }
    }
  },
}
