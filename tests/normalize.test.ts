import { describe, expect, it } from 'vitest'
import { readDate } from '../pipeline/lib/date-text.ts'
import { isoOf } from '../pipeline/lib/dates.ts'
import { entityIndex } from '../pipeline/lib/entities.ts'
import { fromRoman, readOrdinal, toRoman } from '../pipeline/lib/ordinals.ts'
import { readSymbol } from '../pipeline/lib/symbols.ts'
import { closest } from '../pipeline/lib/text.ts'

const iso = (text: string) => {
  const reading = readDate(text)
  return reading.ok ? isoOf(reading.date) : reading.reason
}

describe('readDate: the notations people write, with their precision', () => {
  it.each([
    ['1992-03-02', '1992-03-02'],
    ['2 March 1992', '1992-03-02'],
    ['December 11, 2017', '2017-12-11'],
    ['June 22, 2018', '2018-06-22'],
    ['11.12.2017', '2017-12-11'],
    ['2 марта 1992 г.', '1992-03-02'],
    ['September 2016', '2016-09'],
    ['April 2017', '2017-04'],
    ['2016-09', '2016-09'],
    ['2016', '2016'],
    ['31/12/2020', '2020-12-31'],
    ['  2  Sept.  2016 ', '2016-09-02'],
  ])('%s → %s', (text, expected) => expect(iso(text)).toBe(expected))

  it('refuses an ambiguous day/month order instead of guessing', () => {
    expect(iso('11/12/2017')).toBe('ambiguous')
    expect(iso('05/06/2020')).toBe('ambiguous')
    expect(iso('06/06/2020')).toBe('2020-06-06')
  })
  it('refuses days that do not exist and text that is not a date', () => {
    expect(iso('2021-02-30')).toBe('invalid')
    expect(iso('30 February 2021')).toBe('invalid')
    expect(iso('31.04.2020')).toBe('invalid')
    expect(iso('Marhc 2, 1992')).toBe('unrecognized')
    expect(iso('the 53rd session')).toBe('unrecognized')
  })
})

describe('readOrdinal: session numbers', () => {
  it.each([
    ['53', 53], ['53rd', 53], ['1st', 1], ['62nd', 62], ['111th', 111], ['53-я', 53], ['53-й', 53], ['LIII', 53], ['XV', 15], ['49th session', 49],
  ])('%s → %d', (text, n) => expect(readOrdinal(text)).toBe(n))
  it('refuses a wrong English suffix, a malformed numeral and words', () => {
    expect(readOrdinal('53th')).toBeNull()
    expect(readOrdinal('IIII')).toBeNull()
    expect(readOrdinal('liii')).toBeNull()
    expect(readOrdinal('fifty')).toBeNull()
  })
  it('converts Roman numerals both ways', () => {
    for (const n of [1, 4, 9, 14, 40, 49, 53, 90, 99]) expect(fromRoman(toRoman(n))).toBe(n)
  })
})

describe('readSymbol: one canonical form', () => {
  it.each([
    ['46/225', 'A/RES/46/225', 'regular', 46],
    ['A/RES/46/225', 'A/RES/46/225', 'regular', 46],
    ['resolution 46/225', 'A/RES/46/225', 'regular', 46],
    ['a/res/53/24', 'A/RES/53/24', 'regular', 53],
    ['A/RES/S-26/2', 'A/RES/S-26/2', 'special', null],
    ['A/RES/ES-10/19', 'A/RES/ES-10/19', 'emergency', null],
    ['1514 (XV)', 'A/RES/1514(XV)', 'numbered', 15],
    ['A/RES/1514(XV)', 'A/RES/1514(XV)', 'numbered', 15],
  ])('%s → %s', (text, canonical, kind, session) => {
    const reading = readSymbol(text)
    expect(reading).toMatchObject({ ok: true, symbol: { canonical, kind, session } })
  })
  it('names the special session of a symbol', () => {
    expect(readSymbol('A/RES/ES-10/19')).toMatchObject({ ok: true, symbol: { specialSession: 'ES-10' } })
  })
  it('catches Cyrillic look-alike letters and refuses what is not a symbol', () => {
    expect(readSymbol('А/RES/46/225')).toEqual({ ok: false, reason: 'lookalike' })
    expect(readSymbol('S/RES/2559')).toEqual({ ok: false, reason: 'unrecognized' })
    expect(readSymbol('46-225')).toEqual({ ok: false, reason: 'unrecognized' })
  })
})

describe('entity names', () => {
  const entities = [
    { id: 'NGO_CTTEE', name: 'Committee on Non-Governmental Organizations', acronym: null, shortName: 'Committee on NGOs', aliases: ['UN Committee on NGOs'], formerNames: [], wrongNames: [] },
    { id: 'UNODA', name: 'United Nations Office for Disarmament Affairs', acronym: 'UNODA', shortName: null, aliases: [], formerNames: ['Department for Disarmament Affairs'], wrongNames: [] },
    { id: 'CND', name: 'Commission on Narcotic Drugs', acronym: 'CND', shortName: null, aliases: [], formerNames: [], wrongNames: ['Committee on Drugs'] },
    { id: 'UNICEF', name: "United Nations Children's Fund", acronym: 'UNICEF', shortName: null, aliases: [], formerNames: [], wrongNames: [] },
  ]
  const index = entityIndex(entities)
  it('finds an entity by id, name, short name, alias, former or wrong name, and says which', () => {
    expect(index.resolve('NGO_CTTEE')?.via).toBe('id')
    expect(index.resolve('the committee on non-governmental  organizations')?.via).toBe('name')
    expect(index.resolve('Committee on NGOs')?.via).toBe('short name')
    expect(index.resolve('UN Committee on NGOs')?.via).toBe('alias')
    expect(index.resolve('Department for Disarmament Affairs')).toMatchObject({ via: 'former name', entity: { id: 'UNODA' } })
    expect(index.resolve('Committee on Drugs')).toMatchObject({ via: 'wrong name', entity: { id: 'CND' } })
  })
  it('reads a name followed by its acronym in brackets, and curly apostrophes', () => {
    expect(index.resolve('United Nations Children’s Fund (UNICEF)')?.entity.id).toBe('UNICEF')
  })
  it('does not guess: a garbled name is unknown, and the hint finds the likely one', () => {
    expect(index.resolve('UN Office of Counter-Terrorismand')).toBeNull()
    expect(closest('committee on narcotic drug', ['commission on narcotic drugs', 'committee on conferences'])).toBe('commission on narcotic drugs')
    expect(closest('security council', ['economic and social council'])).toBeNull()
  })
})
