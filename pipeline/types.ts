/** Plain data passed between the stages. No classes: every stage takes and returns these shapes. */

import type { RuleId } from './rules/index.ts'

export type Precision = 'year' | 'month' | 'day'

/** A calendar date that remembers how much of it is known: `2016` is a year, not 1 January 2016. */
export interface PartialDate {
  readonly year: number
  readonly month: number | null
  readonly day: number | null
  readonly precision: Precision
}

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'list'

export interface FieldConstraints {
  readonly required?: boolean
  readonly enum?: readonly string[]
  readonly pattern?: string
  readonly minimum?: number
  readonly maximum?: number
}

export interface FieldSchema {
  readonly name: string
  readonly type: FieldType
  /**
   * `any` on a date: `YYYY` and `YYYY-MM` keep their precision. `ordinal` on an integer: `53rd`, `LIII`.
   * `un-symbol` on a string: a GA resolution symbol, stored in its canonical form.
   */
  readonly format?: string
  readonly delimiter?: string
  /** The type of each item of a `list` field. */
  readonly itemType?: Exclude<FieldType, 'list'>
  /** A date when something happened (not a planned end): it cannot lie after the as-of date. */
  readonly event?: boolean
  readonly description?: string
  readonly constraints?: FieldConstraints
}

export interface ForeignKey {
  readonly fields: readonly string[]
  readonly reference: { readonly resource: string; readonly fields: readonly string[] }
}

export interface TableSchema {
  readonly fields: readonly FieldSchema[]
  readonly primaryKey?: readonly string[]
  readonly foreignKeys?: readonly ForeignKey[]
}

export interface Resource {
  readonly name: string
  readonly path: string
  readonly title?: string
  readonly schema: TableSchema
  /** The period the table's figures cover, where it is not whole years (ISO dates, as "2021-01"): charts draw no more. */
  readonly coverage?: { readonly start?: string; readonly end?: string }
}

export interface DataPackage {
  readonly name: string
  readonly title: string
  readonly description?: string
  readonly country: string
  readonly asOf?: string
  readonly languages: readonly string[]
  readonly publisher?: string
  /** `reference` for the reference tables, which are checked like a dataset but make no documents. */
  readonly role?: string
  readonly edition?: string
  readonly seed?: { readonly title: string; readonly url: string }
  /** Texts of the descriptor in other languages: { "ru": { "title": "…" } }. */
  /** The cover's occasion (with its date), classification line and issuing unit (contract C2). */
  readonly occasion?: string
  readonly classification?: string
  readonly issuedBy?: string
  readonly i18n?: Readonly<Record<string, Partial<Record<'title' | 'country' | 'description' | 'publisher' | 'occasion' | 'classification' | 'issuedBy', string>>>>
  readonly resources: readonly Resource[]
}

/** One CSV record as written: cells are the raw strings, `line` is the file line where it starts (header = 1). */
export interface RawRow {
  readonly line: number
  readonly cells: readonly string[]
}

export interface RawTable {
  readonly name: string
  /** Path as the user should see it in messages (relative to the working directory). */
  readonly file: string
  readonly schema: TableSchema
  readonly header: readonly string[]
  readonly headerLine: number
  readonly rows: readonly RawRow[]
}

export type Value = string | number | boolean | PartialDate | readonly string[] | null

export interface TypedRow {
  readonly line: number
  readonly values: Readonly<Record<string, Value>>
}

export interface TypedTable {
  readonly name: string
  readonly file: string
  readonly rows: readonly TypedRow[]
}

export interface Dataset {
  readonly dir: string
  readonly pkg: DataPackage
  readonly raw: readonly RawTable[]
  readonly tables: Readonly<Record<string, TypedTable>>
}

export type Severity = 'error' | 'warning' | 'info'

/** The values a finding's message names: ids, counts, cells as written; a name ending in `Date` holds an ISO date. */
export type FindingParams = Readonly<Record<string, string | number>>

/** Where a finding is: the table and its file, the line (and column and field), the cell as written. */
export interface FindingPlace {
  readonly table: string
  readonly file: string
  readonly line: number
  readonly column: number | null
  readonly field: string | null
  readonly value: string | null
}

/**
 * What a check found, as data: a stable code (`term-missing.no-term`, always `<rule>.<what>`) and the
 * values of its message. The text is rendered from the findings catalogs, per language.
 */
export interface FindingStatement extends FindingPlace {
  readonly code: string
  readonly params: FindingParams
}

/** A finding as the check stage reports it, before its text is rendered. */
export interface StatedFinding extends FindingStatement {
  readonly rule: RuleId
  readonly severity: Severity
}

export interface Finding extends StatedFinding {
  /** English, from `templates/i18n/findings/en.json`: what the CLI prints and validation.json keeps. */
  readonly message: string
  readonly hint: string | null
}
