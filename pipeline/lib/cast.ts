import type { FieldSchema, Value } from '../types.ts'
import { parseIsoDate } from './dates.ts'

export type CastResult = { readonly ok: true; readonly value: Value } | { readonly ok: false; readonly expected: string }

const INTEGER = /^[+-]?\d+$/
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/
const TRUE = new Set(['true', 'yes', '1'])
const FALSE = new Set(['false', 'no', '0'])

/** What a field accepts, in words for messages. */
export function expectedFormat(field: FieldSchema): string {
  switch (field.type) {
    case 'integer':
      return 'a whole number such as 46'
    case 'number':
      return 'a number such as 12.5'
    case 'boolean':
      return 'true or false'
    case 'date':
      return field.format === 'any' ? 'a date written YYYY-MM-DD, YYYY-MM or YYYY' : 'a date written YYYY-MM-DD'
    case 'list':
      return `values separated by "${field.delimiter ?? ','}"`
    default:
      return 'text'
  }
}

/** Turns one cell into a typed value by its field's type. An empty cell is null (required-ness is a separate rule). */
export function castCell(field: FieldSchema, text: string): CastResult {
  const cell = text.trim()
  if (cell === '') return { ok: true, value: null }
  const fail = { ok: false, expected: expectedFormat(field) } as const
  switch (field.type) {
    case 'integer':
      return INTEGER.test(cell) && Number.isSafeInteger(Number(cell)) ? { ok: true, value: Number(cell) } : fail
    case 'number':
      return NUMBER.test(cell) ? { ok: true, value: Number(cell) } : fail
    case 'boolean': {
      const lower = cell.toLowerCase()
      return TRUE.has(lower) ? { ok: true, value: true } : FALSE.has(lower) ? { ok: true, value: false } : fail
    }
    case 'date': {
      const date = parseIsoDate(cell, field.format === 'any')
      return date ? { ok: true, value: date } : fail
    }
    case 'list':
      return { ok: true, value: cell.split(field.delimiter ?? ',').map((item) => item.trim()).filter((item) => item !== '') }
    default:
      return { ok: true, value: cell }
  }
}
