import type { Dataset, Finding } from '../types.ts'
import { formatFinding, type ValidationReport } from './report.ts'

/** A row the editor should look at: where it is written, its id, and why. */
export interface EditorRow {
  readonly table: string
  readonly file: string
  readonly line: number
  readonly id: string | null
  readonly text: string
}

/**
 * What the documents do not print but the editor must see: rows no source confirms (in a table with a
 * `verified` column, any row where it is not true; or recorded as not found in the UN's record), and
 * the tables' notes to the editor.
 */
export interface EditorItems {
  readonly unconfirmed: readonly EditorRow[]
  readonly notes: readonly EditorRow[]
}

const idOf = (values: Readonly<Record<string, unknown>>) => {
  const id = values.id ?? values.entity ?? values.rcid ?? values.issue ?? null
  return id === null ? null : String(id)
}

export function editorItems(dataset: Dataset): EditorItems {
  const unconfirmed: EditorRow[] = []
  const notes: EditorRow[] = []
  for (const raw of dataset.raw) {
    const typed = dataset.tables[raw.name]
    const marked = raw.schema.fields.some((f) => f.name === 'verified')
    for (const row of typed?.rows ?? []) {
      const at = { table: raw.name, file: raw.file, line: row.line, id: idOf(row.values) }
      const { verified, verified_by: by, status, notes: note } = row.values
      if (marked && verified !== true) unconfirmed.push({ ...at, text: `verified=${verified === false ? 'false' : 'empty'}${typeof by === 'string' && by ? ` (checked against ${by})` : ''}` })
      else if (status === 'not found') unconfirmed.push({ ...at, text: 'status "not found": no adopted record in the UN documents was found for it' })
      if (typeof note === 'string' && note.trim()) notes.push({ ...at, text: note.trim() })
    }
  }
  return { unconfirmed, notes }
}

const place = (row: EditorRow) => `${row.file}:${row.line}${row.id ? ` (${row.id})` : ''}`
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ')

/** The editor's report as Markdown: findings with file:line, unconfirmed rows, notes to the editor. */
export function editorReportMarkdown(report: ValidationReport, findings: readonly Finding[] = report.findings): string {
  const items = report.editor
  const section = (title: string, lines: readonly string[], none: string) => [`## ${title}`, '', ...(lines.length ? lines : [none]), '']
  return [
    `# Editor's report: ${report.dataset}, as of ${report.asOf}`,
    '',
    'What the documents do not print: the findings of the checks, the rows no source confirms, and the',
    "tables' notes to the editor. The same items are in validation.json (`findings`, `editor`).",
    '',
    ...section(`Findings (${findings.length})`, findings.map((f) => `- \`${formatFinding(f)}\``), 'The checks found nothing.'),
    ...section(`Rows not confirmed by a source (${items.unconfirmed.length})`, items.unconfirmed.map((r) => `- ${place(r)}: ${cell(r.text)}`), 'Every row is confirmed, or no table marks which are.'),
    ...section(`Notes for the editor (${items.notes.length})`, items.notes.map((r) => `- ${place(r)}: ${cell(r.text)}`), 'No row carries a note.'),
  ].join('\n')
}
