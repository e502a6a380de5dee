import { readSymbol } from '../lib/symbols.ts'
import { fieldIssue, hasField, rowViews, sessionValue, textValue, defineRule } from './rule.ts'

export const symbolSession = defineRule({
  id: 'symbol-session',
  severity: 'error',
  description: 'The session a symbol names (46 in A/RES/46/225) is the session column.',
  *check({ dataset }) {
    for (const view of rowViews(dataset, (t) => hasField('symbol')(t) && hasField('session')(t))) {
      const symbol = textValue(view, 'symbol')
      const session = sessionValue(view)
      if (!symbol || session === null) continue
      const reading = readSymbol(symbol)
      if (!reading.ok) continue
      if (reading.symbol.specialSession) {
        yield fieldIssue(view, 'session', 'symbol-session.special-session', { symbol, special: reading.symbol.specialSession, session }, 'warning')
      } else if (reading.symbol.session !== session) {
        yield fieldIssue(view, 'session', 'symbol-session.other-session', { symbol, symbolSession: reading.symbol.session ?? 0, session })
      }
    }
  },
})
