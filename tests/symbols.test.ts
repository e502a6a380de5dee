import { describe, expect, it } from 'vitest'
import { documentUrl, shortSymbol } from '../pipeline/lib/symbols.ts'

describe('GA resolution symbols in the documents', () => {
  it('shortens for running text and links to the document system', () => {
    expect(shortSymbol('A/RES/53/24')).toBe('53/24')
    expect(shortSymbol('A/RES/S-26/2')).toBe('S-26/2')
    expect(documentUrl('A/RES/53/24')).toBe('https://undocs.org/A/RES/53/24')
    expect(documentUrl('A/RES/1514(XV)')).toBe('https://undocs.org/A/RES/1514(XV)')
  })
})
