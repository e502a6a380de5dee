import { citedIds, sourceIndex, weakness, type SourceRecord } from '../lib/sources.ts'
import { defineRule, cellText, fieldIssue, rowViews, textValue, type RowView } from './rule.ts'

/** The UN's own address for what a row states: the document by symbol, else the record that covers the table. */
function unAddress(view: RowView, cited: readonly SourceRecord[]): string {
  const symbol = textValue(view, 'symbol') ?? cited.find((s) => s.symbol)?.symbol
  if (symbol) return `undocs.org/${symbol}`
  if (view.table.name === 'deployments' || view.table.name === 'personnel') return 'peacekeeping.un.org'
  if (view.table.name === 'memberships') return 'the electing body\'s press release on press.un.org'
  return 'the UN Digital Library record (digitallibrary.un.org)'
}

export const sourceAuthority = defineRule({
  id: 'source-authority',
  severity: 'warning',
  description: 'A row does not rest only on sources of kind "other" or on a mirror of a UN text; the message names the UN address to cite.',
  *check({ dataset, reference }) {
    const sources = sourceIndex(dataset)
    if (!sources) return
    for (const view of rowViews(dataset)) {
      const cited = citedIds(cellText(view.table, view.row, 'source')).flatMap((id) => sources.get(id) ?? [])
      if (cited.length === 0) continue
      const reasons = cited.map((s) => weakness(s, reference.publishers))
      if (reasons.some((r) => r === null)) continue
      const why = cited.map((s, i) => `${s.id} (${reasons[i]})`).join(', ')
      yield fieldIssue(view, 'source', 'source-authority.weak-only', { sources: why, address: unAddress(view, cited) })
    }
  },
})
