import type { Dataset, FieldSchema, Finding, PartialDate, RawRow, RawTable, Severity } from '../types.ts'

export interface RuleContext {
  readonly dataset: Dataset
  /** The date "current" and "future" are judged against. */
  readonly asOf: PartialDate
}

/** A finding as a rule states it; the registry adds the rule's id and severity. */
export type Issue = Omit<Finding, 'rule' | 'severity'> & { readonly severity?: Severity }

export interface Rule {
  readonly id: string
  readonly severity: Severity
  /** One line for `factsheet check --rules` and the README. */
  readonly description: string
  check(context: RuleContext): Iterable<Issue>
}

export interface Cell {
  readonly table: RawTable
  readonly row: RawRow
  readonly field: FieldSchema
  /** 1-based position of the column in the file, as a spreadsheet user counts. */
  readonly column: number
  readonly text: string
}

/** Every cell of every table that has a column in its file, with where it stands. */
export function* cells(tables: readonly RawTable[]): Generator<Cell> {
  for (const table of tables) {
    const columnOf = new Map(table.header.map((name, index) => [name, index]))
    for (const row of table.rows) {
      for (const field of table.schema.fields) {
        const index = columnOf.get(field.name)
        if (index === undefined) continue
        yield { table, row, field, column: index + 1, text: (row.cells[index] ?? '').trim() }
      }
    }
  }
}

export function cellIssue(cell: Cell, message: string, hint: string): Issue {
  return {
    table: cell.table.name,
    file: cell.table.file,
    line: cell.row.line,
    column: cell.column,
    field: cell.field.name,
    value: cell.text,
    message,
    hint,
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
