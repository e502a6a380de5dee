import { ENTITY_RESOURCE } from '../stages/normalize.ts'
import type { RawTable } from '../types.ts'
import { cellText, columnOf, defineRule } from './rule.ts'

/** Values of a list field are split by the field's delimiter, so `UNDP;UNODC` refers to two rows. */
function keyValues(table: RawTable, fields: readonly string[], text: (field: string) => string): string[] {
  const [only] = fields
  const field = table.schema.fields.find((f) => f.name === only)
  if (fields.length === 1 && only !== undefined && field?.type === 'list') {
    return text(only).split(field.delimiter ?? ',').map((v) => v.trim()).filter(Boolean)
  }
  const parts = fields.map(text)
  return parts.some((p) => p === '') ? [] : [parts.join(' + ')]
}

export const foreignKey = defineRule({
  id: 'foreign-key',
  severity: 'error',
  description: 'Every reference to another table (a body, a mission, an entity) points at an existing row.',
  *check({ dataset }) {
    const byName = new Map(dataset.raw.map((t) => [t.name, t]))
    for (const table of dataset.raw) {
      for (const fk of table.schema.foreignKeys ?? []) {
        const targetName = fk.reference.resource === '' ? table.name : fk.reference.resource
        // Entities are matched by any of their names against the reference; entity-unknown reports misses.
        if (targetName === ENTITY_RESOURCE) continue
        const target = byName.get(targetName)
        if (!target) continue
        const known = new Set(target.rows.flatMap((row) => keyValues(target, fk.reference.fields, (f) => cellText(target, row, f))))
        for (const row of table.rows) {
          for (const value of keyValues(table, fk.fields, (f) => cellText(table, row, f))) {
            if (known.has(value)) continue
            yield {
              table: table.name,
              file: table.file,
              line: row.line,
              column: columnOf(table, fk.fields[0] ?? ''),
              field: fk.fields.join(', '),
              value,
              code: 'foreign-key.missing-row',
              params: { value, fields: fk.fields.join(', '), key: fk.reference.fields.join(' + '), target: targetName, targetFile: target.file },
            }
          }
        }
      }
    }
  },
})
