/** CSV as spreadsheets and csv-parse read it: `,`, `\n`, a cell quoted only when it must be. */

const quote = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)

export type Cell = string | number | null

export function csvText(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map((cell) => quote(cell === null ? '' : String(cell))).join(',')).join('\n') + '\n'
}
