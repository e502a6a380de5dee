import { rowSources } from '../lib/sources.ts'
import { defineRule, fieldIssue, rowViews, textValue } from './rule.ts'

/** The row's id, or its first column, to name it in the editor's list. */
const label = (values: Readonly<Record<string, unknown>>, first: string) => String(values.id ?? values[first] ?? '')

export const sourceUnverified = defineRule({
  id: 'source-unverified',
  severity: 'info',
  description: 'Lists the rows no source has confirmed (verified is not true): they are left out of print until one does.',
  *check({ dataset }) {
    for (const view of rowViews(dataset, (t) => t.schema.fields.some((f) => f.name === 'verified'))) {
      const name = label(view.values, view.table.schema.fields[0]?.name ?? 'id')
      if (view.values.verified !== true) {
        yield fieldIssue(view, 'verified', 'source-unverified.not-verified', { name })
      } else if (!textValue(view, 'verified_by')) {
        yield fieldIssue(view, 'verified_by', 'source-unverified.no-verifier', { name }, 'warning')
      } else if (!rowSources(view.values).includes(textValue(view, 'verified_by')!)) {
        yield fieldIssue(view, 'verified_by', 'source-unverified.not-cited', { name }, 'warning')
      }
    }
  },
})
