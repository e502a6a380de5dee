import type { FieldSchema, Value } from '../types.ts'
import { readDate } from './date-text.ts'
import { readOrdinal } from './ordinals.ts'
import { readSymbol } from './symbols.ts'

export type CastResult =
  | { readonly ok: true; readonly value: Value }
  | { readonly ok: false; readonly expected: string; /** Why the cell was refused, when it is more than "not that type". */ readonly problem?: string }

const INTEGER = /^[+-]?\d+$/
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/
const TRUE = new Set(['true', 'yes', '1'])
const FALSE = new Set(['false', 'no', '0'])

/** What a field accepts, in words for messages. */
export function expectedFormat(field: Pick<FieldSchema, 'type' | 'format' | 'delimiter' | 'itemType'>): string {
  switch (field.type) {
    case 'integer':
      return field.format === 'ordinal' ? 'a session number such as 53, 53rd or LIII' : 'a whole number such as 46'
    case 'number':
      return 'a number such as 12.5'
    case 'boolean':
      return 'true or false'
    case 'date':
      return field.format === 'any' ? 'a date such as 1992-03-02 or 2 March 1992, or a month (2016-09) or a year (2016)' : 'a date such as 1992-03-02 or 2 March 1992'
    case 'list':
      return `${field.itemType ? `${expectedFormat({ type: field.itemType, format: field.format })}, ` : 'values '}separated by "${field.delimiter ?? ','}"`
    default:
      return field.format === 'un-symbol' ? 'a resolution symbol such as A/RES/46/225' : 'text'
  }
}

function castScalar(field: FieldSchema, type: Exclude<FieldSchema['type'], 'list'>, cell: string): CastResult {
  const fail = (problem?: string): CastResult => ({ ok: false, expected: expectedFormat({ ...field, type }), ...(problem ? { problem } : {}) })
  switch (type) {
    case 'integer': {
      if (field.format === 'ordinal') {
        const n = readOrdinal(cell)
        return n === null ? fail() : { ok: true, value: n }
      }
      return INTEGER.test(cell) && Number.isSafeInteger(Number(cell)) ? { ok: true, value: Number(cell) } : fail()
    }
    case 'number':
      return NUMBER.test(cell) ? { ok: true, value: Number(cell) } : fail()
    case 'boolean': {
      const lower = cell.toLowerCase()
      return TRUE.has(lower) ? { ok: true, value: true } : FALSE.has(lower) ? { ok: true, value: false } : fail()
    }
    case 'date': {
      const reading = readDate(cell)
      if (!reading.ok) {
        if (reading.reason === 'ambiguous') return fail('it can be read day first or month first; write it as YYYY-MM-DD')
        if (reading.reason === 'invalid') return fail('that day does not exist in the calendar')
        return fail()
      }
      if (field.format !== 'any' && reading.date.precision !== 'day') return fail('a full day is needed here, not only a year or a month')
      return { ok: true, value: reading.date }
    }
    default: {
      if (field.format !== 'un-symbol') return { ok: true, value: cell }
      const reading = readSymbol(cell)
      if (reading.ok) return { ok: true, value: reading.symbol.canonical }
      return fail(reading.reason === 'lookalike' ? 'it contains Cyrillic letters that look like Latin ones (А, Е, Р, С…); retype it in Latin letters' : undefined)
    }
  }
}

/** Turns one cell into a typed value by its field's type. An empty cell is null (required-ness is a separate rule). */
export function castCell(field: FieldSchema, text: string): CastResult {
  const cell = text.trim()
  if (cell === '') return { ok: true, value: null }
  if (field.type !== 'list') return castScalar(field, field.type, cell)
  const items = cell.split(field.delimiter ?? ',').map((item) => item.trim()).filter((item) => item !== '')
  if (!field.itemType) return { ok: true, value: items }
  const values: string[] = []
  for (const item of items) {
    const cast = castScalar(field, field.itemType, item)
    if (!cast.ok) return { ok: false, expected: expectedFormat(field), problem: `"${item}" is not ${cast.expected}` }
    values.push(String(cast.value))
  }
  return { ok: true, value: values }
}
