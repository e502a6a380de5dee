import { ordinal } from '../lib/format.ts'
import { readSymbol } from '../lib/symbols.ts'
import { fieldIssue, hasField, rowViews, sessionValue, textValue, type Rule } from './rule.ts'

export const symbolSession: Rule = {
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
        yield fieldIssue(view, 'session', `${symbol} is a resolution of the ${reading.symbol.specialSession} session, which has its own numbering, but the session column says ${session}`, 'leave "session" empty for special and emergency special sessions, or correct the symbol', 'warning')
      } else if (reading.symbol.session !== session) {
        yield fieldIssue(view, 'session', `symbol ${symbol} is of the ${ordinal(reading.symbol.session ?? 0)} session, but the session column says ${session}`, 'one of the two is wrong: check the resolution on https://undocs.org')
      }
    }
  },
}
