import { readSymbol } from '../lib/symbols.ts'
import { cellIssue, cells, defineRule } from './rule.ts'

/** Symbols must be readable; a readable one written in another form is normalized and mentioned. */
export const symbolFormat = defineRule({
  id: 'symbol-format',
  severity: 'error',
  description: 'Resolution symbols read as a GA symbol (A/RES/46/225, A/RES/S-26/2, A/RES/ES-10/19, A/RES/1514(XV)).',
  *check({ dataset }) {
    for (const cell of cells(dataset.raw)) {
      if (cell.field.format !== 'un-symbol' || cell.text === '') continue
      const reading = readSymbol(cell.text)
      if (!reading.ok) {
        yield cellIssue(cell, reading.reason === 'lookalike' ? 'symbol-format.lookalike' : 'symbol-format.not-a-symbol', { written: cell.text })
      } else if (reading.symbol.canonical !== cell.text) {
        yield { ...cellIssue(cell, 'symbol-format.other-form', { written: cell.text, canonical: reading.symbol.canonical }), severity: 'info' }
      }
    }
  },
})
