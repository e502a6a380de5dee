import { describe, expect, it } from 'vitest'
import { documentUrl, isCanonicalSymbol, sessionOfSymbol, shortSymbol } from '../pipeline/lib/symbols.ts'

describe('GA resolution symbols', () => {
  it('recognizes the canonical form', () => {
    expect(isCanonicalSymbol('A/RES/46/225')).toBe(true)
    expect(isCanonicalSymbol('46/225')).toBe(false)
    expect(isCanonicalSymbol('A/RES/46/225 ')).toBe(false)
  })
  it('reads the session from the symbol', () => {
    expect(sessionOfSymbol('A/RES/46/225')).toBe(46)
    expect(sessionOfSymbol('A/RES/77/172')).toBe(77)
    expect(sessionOfSymbol('S/RES/2559')).toBeNull()
  })
  it('shortens for running text and links to the document system', () => {
    expect(shortSymbol('A/RES/53/24')).toBe('53/24')
    expect(documentUrl('A/RES/53/24')).toBe('https://undocs.org/A/RES/53/24')
  })
})
