import type { RuleInfo } from './rule.ts'

const info = <const Id extends string>(rule: RuleInfo<Id>): RuleInfo<Id> => rule

/** Findings of the read stage: a table that cannot be read as CSV at all, or is not a known table. */
export const readRules = [
  info({ id: 'csv-syntax', severity: 'error', description: 'A table parses as CSV: every quote that opens a cell closes it.' }),
  info({ id: 'csv-encoding', severity: 'error', description: 'A table is UTF-8 (or UTF-16 with a byte order mark) text, not Windows-1251 or binary data.' }),
  info({ id: 'csv-empty', severity: 'error', description: 'A table has at least a header row.' }),
  info({ id: 'csv-dialect', severity: 'info', description: 'A table separated by semicolons or tabs (as Excel saves in some locales) is read that way and reported.' }),
  info({ id: 'table-unknown', severity: 'info', description: 'In a folder without datapackage.json, a CSV file that is not a known table is reported and skipped.' }),
] as const

/** Findings of the build about a rendered document. */
export const documentRules = [
  info({ id: 'reader-text', severity: 'error', description: 'No document shows a reader the words of the pipeline: file names, paths, "seed", "dataset", research placeholders.' }),
] as const
