import { rowSources } from '../lib/sources.ts'
import { fieldIssue, rowViews, textValue, type Rule } from './rule.ts'

/** The row's id, or its first column, to name it in the editor's list. */
const label = (values: Readonly<Record<string, unknown>>, first: string) => String(values.id ?? values[first] ?? '')

export const sourceUnverified: Rule = {
  id: 'source-unverified',
  severity: 'info',
  description: 'Lists the rows no source has confirmed (verified is not true): they are left out of print until one does.',
  *check({ dataset }) {
    for (const view of rowViews(dataset, (t) => t.schema.fields.some((f) => f.name === 'verified'))) {
      const name = label(view.values, view.table.schema.fields[0]?.name ?? 'id')
      if (view.values.verified !== true) {
        yield fieldIssue(view, 'verified', `${name} is not verified, so it is not printed`, 'confirm it from a source, then set verified to true and verified_by to that source\'s id')
      } else if (!textValue(view, 'verified_by')) {
        yield fieldIssue(view, 'verified_by', `${name} is marked verified but names no source that confirms it`, 'give the id of the source that confirms the row in verified_by', 'warning')
      } else if (!rowSources(view.values).includes(textValue(view, 'verified_by')!)) {
        yield fieldIssue(view, 'verified_by', `${name} is verified by a source it does not cite`, 'add that id to the row\'s source column, so the documents cite what confirms the row', 'warning')
      }
    }
  },
}
