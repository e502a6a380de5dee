import { defineRule, type Issue } from './rule.ts'

/** The header row must name the schema's columns; extra columns are allowed but reported. */
export const schemaHeader = defineRule({
  id: 'schema-header',
  severity: 'error',
  description: 'The header row names every required column of the table schema, each once; absent optional and unknown columns are reported as info.',
  *check({ dataset }): Generator<Issue> {
    for (const table of dataset.raw) {
      const at = { table: table.name, file: table.file, line: table.headerLine, value: null } as const
      const known = new Set(table.schema.fields.map((f) => f.name))
      const seen = new Set<string>()
      for (const [index, name] of table.header.entries()) {
        const column = index + 1
        if (seen.has(name)) {
          yield { ...at, column, field: name, code: 'schema-header.duplicate-column', params: { name } } satisfies Issue
        } else if (!known.has(name)) {
          yield { ...at, severity: 'info', column, field: name, code: 'schema-header.unknown-column', params: { name, known: [...known].join(', ') } } satisfies Issue
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
          code: required ? 'schema-header.missing-required' : 'schema-header.missing-optional',
          params: { name: field.name },
        } satisfies Issue
      }
    }
  },
})
