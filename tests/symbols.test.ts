import { describe, expect, it } from 'vitest'
import { documentUrl, shortSymbol } from '../pipeline/lib/symbols.ts'

describe('GA resolution symbols in the documents', () => {
  it('shortens for running text and links to the document system', () => {
    expect(shortSymbol('A/RES/53/24')).toBe('53/24')
    expect(shortSymbol('A/RES/S-26/2')).toBe('S-26/2')
    expect(documentUrl('A/RES/53/24')).toBe('https://undocs.org/A/RES/53/24')
    expect(documentUrl('A/RES/1514(XV)')).toBe('https://undocs.org/A/RES/1514(XV)')
  })

  it('links Russian and Kyrgyz readers to the Russian text of the document', () => {
    expect(documentUrl('A/RES/46/225', 'ru')).toBe('https://undocs.org/ru/A/RES/46/225')
    expect(documentUrl('A/RES/46/225', 'ky')).toBe('https://undocs.org/ru/A/RES/46/225')
    expect(documentUrl('A/RES/46/225', 'en')).toBe('https://undocs.org/A/RES/46/225')
  })
})
