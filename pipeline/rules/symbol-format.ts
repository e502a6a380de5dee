import { readSymbol } from '../lib/symbols.ts'
import { cellIssue, cells, type Rule } from './rule.ts'

/** Symbols must be readable; a readable one written in another form is normalized and mentioned. */
export const symbolFormat: Rule = {
  id: 'symbol-format',
  severity: 'error',
  description: 'Resolution symbols read as a GA symbol (A/RES/46/225, A/RES/S-26/2, A/RES/ES-10/19, A/RES/1514(XV)).',
  *check({ dataset }) {
    for (const cell of cells(dataset.raw)) {
      if (cell.field.format !== 'un-symbol' || cell.text === '') continue
      const reading = readSymbol(cell.text)
      if (!reading.ok) {
        yield cellIssue(
          cell,
          reading.reason === 'lookalike' ? `symbol "${cell.text}" contains Cyrillic letters that look like Latin ones` : `"${cell.text}" is not a General Assembly resolution symbol`,
          reading.reason === 'lookalike' ? 'retype the symbol in Latin letters (A/RES/…)' : 'write it as A/RES/<session>/<number>, e.g. A/RES/46/225',
        )
      } else if (reading.symbol.canonical !== cell.text) {
        yield { ...cellIssue(cell, `symbol "${cell.text}" is read as ${reading.symbol.canonical}`, `write ${reading.symbol.canonical} to match the UN's own form`), severity: 'info' }
      }
    }
  },
}
