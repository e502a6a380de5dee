import { citedIds, sourceIndex } from '../lib/sources.ts'
import { cellText, fieldIssue, rowViews, type Rule } from './rule.ts'

export const sourceUnknown: Rule = {
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
          const hint = /^[a-z][a-z0-9+.-]*:|\//i.test(id) ? 'add the document to sources.csv (publisher, title, date, url, kind) and cite its id here' : 'correct the id or add a row with this id to sources.csv'
          yield fieldIssue(view, field, `source "${id}" is not in the sources table`, hint)
        }
      }
    }
  },
}
