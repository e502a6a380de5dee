import type { Reference } from '../reference.ts'
import type { Dataset, FieldSchema, FindingParams, FindingStatement, PartialDate, RawRow, RawTable, Severity, TypedRow, TypedTable } from '../types.ts'

export interface RuleContext {
  readonly dataset: Dataset
  /** The date "current" and "future" are judged against. */
  readonly asOf: PartialDate
  /** UN entities, GA sessions and peacekeeping missions to check against. */
  readonly reference: Reference
}

/** A finding as a rule states it (code and params, no text); the registry adds the rule's id and severity. */
export type Issue = FindingStatement & { readonly severity?: Severity }

/** What `factsheet check --rules` and the README list of a rule. */
export interface RuleInfo<Id extends string = string> {
  readonly id: Id
  readonly severity: Severity
  /** One line for `factsheet check --rules` and the README. */
  readonly description: string
}

export interface Rule<Id extends string = string> extends RuleInfo<Id> {
  check(context: RuleContext): Iterable<Issue>
}

/** Keeps the rule's id as a literal type, so that `Finding.rule` is one of the registry's ids. */
export const defineRule = <const Id extends string>(rule: Rule<Id>): Rule<Id> => rule

export interface Cell {
  readonly table: RawTable
  readonly row: RawRow
  /** Position of the row in the table, which is also its position in the typed table. */
  readonly index: number
  readonly field: FieldSchema
  /** 1-based position of the column in the file, as a spreadsheet user counts. */
  readonly column: number
  readonly text: string
}

/** Every cell of every table that has a column in its file, with where it stands. */
export function* cells(tables: readonly RawTable[]): Generator<Cell> {
  for (const table of tables) {
    const columnOf = new Map(table.header.map((name, index) => [name, index]))
    for (const [index, row] of table.rows.entries()) {
      for (const field of table.schema.fields) {
        const column = columnOf.get(field.name)
        if (column === undefined) continue
        yield { table, row, index, field, column: column + 1, text: (row.cells[column] ?? '').trim() }
      }
    }
  }
}

/** An issue about one cell: `code` is `<rule>.<what>`, `params` the values its message names. */
export function cellIssue(cell: Cell, code: string, params: FindingParams = {}): Issue {
  return {
    table: cell.table.name,
    file: cell.table.file,
    line: cell.row.line,
    column: cell.column,
    field: cell.field.name,
    value: cell.text,
    code,
    params,
  }
}

export function columnOf(table: RawTable, field: string): number | null {
  const index = table.header.indexOf(field)
  return index === -1 ? null : index + 1
}

/** The raw text of a field in a row, as the user wrote it. */
export function cellText(table: RawTable, row: RawRow, field: string): string {
  const index = table.header.indexOf(field)
  return index === -1 ? '' : (row.cells[index] ?? '').trim()
}

/** A row with both its raw cells (for positions) and its normalized values (for meaning). */
export interface RowView {
  readonly table: RawTable
  readonly row: RawRow
  readonly values: TypedRow['values']
}

/** Every row of every table, raw and typed side by side (the normalize stage keeps the row order). */
export function* rowViews(dataset: Dataset, tables: (table: RawTable) => boolean = () => true): Generator<RowView> {
  for (const table of dataset.raw) {
    if (!tables(table)) continue
    const typed: TypedTable | undefined = dataset.tables[table.name]
    for (const [index, row] of table.rows.entries()) yield { table, row, values: typed?.rows[index]?.values ?? {} }
  }
}

export const hasField = (name: string) => (table: RawTable) => table.schema.fields.some((f) => f.name === name)

/** An issue about one field of a row; `value` is the cell as the user wrote it. */
export function fieldIssue(view: RowView, field: string | null, code: string, params: FindingParams = {}, severity?: Severity): Issue {
  return {
    table: view.table.name,
    file: view.table.file,
    line: view.row.line,
    column: field === null ? null : columnOf(view.table, field),
    field,
    value: field === null ? null : cellText(view.table, view.row, field) || null,
    code,
    params,
    ...(severity ? { severity } : {}),
  }
}

export function dateValue(view: RowView, field: string): PartialDate | null {
  const value = view.values[field]
  return value !== null && typeof value === 'object' && 'precision' in value ? value : null
}

export function textValue(view: RowView, field: string): string | null {
  const value = view.values[field]
  return typeof value === 'string' ? value : null
}

/** The single session of a row: an integer, or a list of exactly one. */
export function sessionValue(view: RowView): number | null {
  const value = view.values.session
  if (typeof value === 'number') return value
  return Array.isArray(value) && value.length === 1 ? Number(value[0]) : null
}
