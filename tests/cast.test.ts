import { describe, expect, it } from 'vitest'
import { castCell, expectedFormat } from '../pipeline/lib/cast.ts'
import type { FieldSchema } from '../pipeline/types.ts'

const field = (type: FieldSchema['type'], extra: Partial<FieldSchema> = {}): FieldSchema => ({ name: 'x', type, ...extra })

describe('castCell', () => {
  it('reads empty cells as null for every type', () => {
    for (const type of ['string', 'integer', 'number', 'boolean', 'date', 'list'] as const) expect(castCell(field(type), '  ')).toEqual({ ok: true, value: null })
  })
  it('reads integers and refuses ordinals and fractions', () => {
    expect(castCell(field('integer'), ' 53 ')).toEqual({ ok: true, value: 53 })
    expect(castCell(field('integer'), '53rd').ok).toBe(false)
    expect(castCell(field('integer'), '5.5').ok).toBe(false)
    expect(castCell(field('integer'), '99999999999999999999').ok).toBe(false)
  })
  it('reads numbers and booleans', () => {
    expect(castCell(field('number'), '-12.5e1')).toEqual({ ok: true, value: -125 })
    expect(castCell(field('boolean'), 'TRUE')).toEqual({ ok: true, value: true })
    expect(castCell(field('boolean'), 'no')).toEqual({ ok: true, value: false })
    expect(castCell(field('boolean'), 'maybe').ok).toBe(false)
  })
  it('reads dates by the field format', () => {
    expect(castCell(field('date'), '2016').ok).toBe(false)
    expect(castCell(field('date', { format: 'any' }), '2016')).toMatchObject({ ok: true, value: { precision: 'year' } })
    expect(castCell(field('date', { format: 'any' }), '2021-02-30')).toEqual({ ok: false, expected: 'a date written YYYY-MM-DD, YYYY-MM or YYYY' })
  })
  it('splits lists by their delimiter and drops empty items', () => {
    expect(castCell(field('list', { delimiter: ';' }), 'UNDP; UNODC;;')).toEqual({ ok: true, value: ['UNDP', 'UNODC'] })
  })
  it('says what a field expects in words', () => {
    expect(expectedFormat(field('integer'))).toBe('a whole number such as 46')
    expect(expectedFormat(field('date'))).toBe('a date written YYYY-MM-DD')
  })
})
