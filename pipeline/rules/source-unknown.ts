import { citedIds, sourceIndex } from '../lib/sources.ts'
import { defineRule, cellText, fieldIssue, rowViews } from './rule.ts'

export const sourceUnknown = defineRule({
  id: 'source-unknown',
  severity: 'error',
  description: 'Every source id a row cites (in source and verified_by) is the id of a row of the sources table.',
  *check({ dataset }) {
    const sources = sourceIndex(dataset)
    if (!sources) return
    for (const view of rowViews(dataset)) {
      for (const field of ['source', 'verified_by']) {
        for (const id of citedIds(cellText(view.table, view.row, field))) {
          if (sources.has(id)) continue
          yield fieldIssue(view, field, /^[a-z][a-z0-9+.-]*:|\//i.test(id) ? 'source-unknown.url-not-id' : 'source-unknown.no-such-id', { id })
        }
      }
    }
  },
})
