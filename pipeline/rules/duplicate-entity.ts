import { isoOf } from '../lib/dates.ts'
import { entityFields } from '../stages/normalize.ts'
import { dateValue, fieldIssue, rowViews, textValue, defineRule } from './rule.ts'

/** The same body twice after normalization ("Committee on NGOs" and "Committee on Non-Governmental Organizations"). */
export const duplicateEntity = defineRule({
  id: 'duplicate-entity',
  severity: 'warning',
  description: 'A table does not list the same entity twice for the same period, under one name or two.',
  *check({ dataset, reference }) {
    for (const table of dataset.raw) {
      const [field] = [...entityFields(table.schema)].filter((f) => table.schema.fields.find((x) => x.name === f)?.type !== 'list')
      // A key made of the entity and something else (mission + year) means many rows per entity by design.
      const key = table.schema.primaryKey ?? []
      if (!field || (key.includes(field) && key.length > 1)) continue
      const seen = new Map<string, { line: number; written: string }>()
      for (const view of rowViews(dataset, (t) => t === table)) {
        const id = textValue(view, field)
        if (!id) continue
        const period = ['term_start', 'term_end', 'deployed_from', 'deployed_to'].map((f) => dateValue(view, f)).map((d) => (d ? isoOf(d) : '')).join('/')
        const key = `${id}|${period}`
        const written = view.row.cells[table.header.indexOf(field)]?.trim() ?? id
        const first = seen.get(key)
        if (!first) {
          seen.set(key, { line: view.row.line, written })
          continue
        }
        const params = { entity: id, name: reference.entities.byId(id)?.name ?? id, written, first: first.written, line: String(first.line), period: period.replace(/\//g, '') ? 'yes' : 'no' }
        yield fieldIssue(view, field, first.written === written ? 'duplicate-entity.same-name' : 'duplicate-entity.two-names', params)
      }
    }
  },
})
