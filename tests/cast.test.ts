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
  it('reads dates in any usual notation, keeping partial dates only where the field allows them', () => {
    expect(castCell(field('date'), '2016')).toMatchObject({ ok: false, problem: 'a full day is needed here, not only a year or a month' })
    expect(castCell(field('date', { format: 'any' }), '2016')).toMatchObject({ ok: true, value: { precision: 'year' } })
    expect(castCell(field('date'), 'December 11, 2017')).toMatchObject({ ok: true, value: { year: 2017, month: 12, day: 11 } })
    expect(castCell(field('date', { format: 'any' }), '2021-02-30')).toMatchObject({ ok: false, problem: 'that day does not exist in the calendar' })
    expect(castCell(field('date'), '11/12/2017')).toMatchObject({ ok: false, problem: 'it can be read day first or month first; write it as YYYY-MM-DD' })
  })
  it('reads session numbers as ordinals, symbols in canonical form, and typed list items', () => {
    expect(castCell(field('integer', { format: 'ordinal' }), '53rd')).toEqual({ ok: true, value: 53 })
    expect(castCell(field('string', { format: 'un-symbol' }), 'resolution 46/225')).toEqual({ ok: true, value: 'A/RES/46/225' })
    expect(castCell(field('list', { itemType: 'integer', format: 'ordinal' }), '60th, 62nd')).toEqual({ ok: true, value: ['60', '62'] })
    expect(castCell(field('list', { itemType: 'integer', format: 'ordinal' }), '60th, soon')).toMatchObject({ ok: false, problem: '"soon" is not a session number such as 53, 53rd or LIII' })
  })
  it('splits lists by their delimiter and drops empty items', () => {
    expect(castCell(field('list', { delimiter: ';' }), 'UNDP; UNODC;;')).toEqual({ ok: true, value: ['UNDP', 'UNODC'] })
  })
  it('says what a field expects in words', () => {
    expect(expectedFormat(field('integer'))).toBe('a whole number such as 46')
    expect(expectedFormat(field('date'))).toBe('a date such as 1992-03-02 or 2 March 1992')
  })
})
