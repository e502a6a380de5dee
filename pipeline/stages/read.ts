import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse, CsvError } from 'csv-parse/sync'
import { CliError, EXIT } from '../errors.ts'
import { decodeTable, sniffDelimiter, unwrapExcelFormula } from '../lib/csv-text.ts'
import { descriptorProblems } from '../lib/descriptor.ts'
import type { RuleId } from '../rules/index.ts'
import type { DataPackage, FindingParams, RawRow, RawTable, Resource, StatedFinding } from '../types.ts'

export interface ReadResult {
  readonly pkg: DataPackage
  readonly raw: readonly RawTable[]
  /** Problems that stop a table from being read at all (bad encoding, broken quoting). */
  readonly findings: readonly StatedFinding[]
}

/** Shows paths relative to where the user stands, as compilers do, so `file:line` is clickable. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative.startsWith('..') ? file : relative
}

async function readText(file: string, what: string, hint: string): Promise<Buffer> {
  try {
    return await readFile(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'not found' : code === 'EACCES' ? 'not readable (permission denied)' : `not readable (${code})`
    throw new CliError(`${what} ${displayPath(file)} is ${reason}`, { hint })
  }
}

const BUILT_IN = fileURLToPath(new URL('../schemas/tables.json', import.meta.url))

/**
 * A folder of CSV files without a descriptor: each file named like a known table (resolutions.csv,
 * memberships.csv, …) is read with the built-in schema; other CSV files are reported and skipped.
 */
async function builtInDescriptor(dir: string, csvFiles: readonly string[]): Promise<{ pkg: DataPackage; findings: StatedFinding[] }> {
  const builtIn = JSON.parse(await readFile(BUILT_IN, 'utf8')) as { resources: Resource[] }
  const resources = builtIn.resources.filter((r) => csvFiles.includes(r.path))
  const name = path.basename(path.resolve(dir))
  const findings = csvFiles
    .filter((file) => !resources.some((r) => r.path === file))
    .map((file) => finding(file.replace(/\.csv$/, ''), displayPath(path.join(dir, file)), 1, 'table-unknown.not-a-table', { file, known: builtIn.resources.map((r) => r.path).join(', ') }, 'info'))
  return { pkg: { name, title: name, country: name, languages: ['en'], resources }, findings }
}

/** The descriptor alone (or the built-in one for a bare folder of CSV files), without reading the tables. */
export async function readDescriptor(dir: string): Promise<{ pkg: DataPackage; findings: StatedFinding[] }> {
  const info = await stat(dir).catch(() => null)
  if (!info?.isDirectory()) {
    throw new CliError(`Dataset folder ${displayPath(dir)} does not exist`, {
      hint: 'pass --dataset with a folder that holds datapackage.json and its CSV tables, e.g. --dataset sources/kyrgyzstan',
    })
  }
  const file = path.join(dir, 'datapackage.json')
  const csvFiles = (await readdir(dir)).filter((f) => f.toLowerCase().endsWith('.csv')).sort()
  if (csvFiles.length > 0 && !(await stat(file).catch(() => null))) return builtInDescriptor(dir, csvFiles)
  const text = (await readText(file, 'Data package descriptor', 'every dataset folder needs a datapackage.json that lists its tables (see sources/kyrgyzstan/datapackage.json)')).toString('utf8')
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new CliError(`${displayPath(file)} is not valid JSON: ${(error as Error).message}`, {
      exitCode: EXIT.dataErrors,
      hint: 'fix the JSON syntax (a missing comma or quote is the usual cause)',
    })
  }
  const problems = descriptorProblems(value)
  if (problems.length > 0) {
    throw new CliError(`${displayPath(file)} is not a usable data package: ${problems.join('; ')}`, {
      exitCode: EXIT.dataErrors,
      hint: 'compare it with sources/kyrgyzstan/datapackage.json',
    })
  }
  return { pkg: value as DataPackage, findings: [] }
}

const ENCODING_CODE = { 'nul-bytes': 'csv-encoding.nul-bytes', 'windows-1251': 'csv-encoding.windows-1251', 'not-utf8': 'csv-encoding.not-utf8' } as const

/** A finding of the read stage: its rule is the first part of its code (`csv-encoding.windows-1251`). */
function finding(table: string, file: string, line: number, code: `${RuleId}.${string}`, params: FindingParams, severity: StatedFinding['severity'] = 'error'): StatedFinding {
  return { rule: code.slice(0, code.indexOf('.')) as RuleId, severity, table, file, line, column: null, field: null, value: null, code, params }
}

/** The line a record starts on: csv-parse reports the line it ends on, and a quoted cell may span lines. */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/\r?\n$/, '').replace(/^(?:\r?\n)+/, '')
  return endLine - (body.match(/\n/g)?.length ?? 0)
}

interface ParsedRecord {
  record: string[]
  info: { lines: number }
  raw: string
}

function parseTable(resource: Resource, file: string, bytes: Buffer): { table: RawTable | null; findings: StatedFinding[] } {
  const shown = displayPath(file)
  const decoded = decodeTable(bytes)
  if (!decoded.ok) return { table: null, findings: [finding(resource.name, shown, decoded.line, ENCODING_CODE[decoded.problem], { file: shown })] }
  const { text } = decoded
  const delimiter = sniffDelimiter(text)
  const notes: StatedFinding[] = []
  if (delimiter !== ',') notes.push(finding(resource.name, shown, 1, delimiter === ';' ? 'csv-dialect.semicolons' : 'csv-dialect.tabs', { file: shown }, 'info'))
  let records: ParsedRecord[]
  try {
    records = parse(text, { bom: true, delimiter, info: true, raw: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as unknown as ParsedRecord[]
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 1
      return { table: null, findings: [finding(resource.name, shown, line, 'csv-syntax.parse-error', { error: error.message })] }
    }
    throw error
  }
  const [header, ...body] = records
  if (!header) {
    return { table: null, findings: [finding(resource.name, shown, 1, 'csv-empty.no-header', { file: shown, columns: resource.schema.fields.map((f) => f.name).join(',') })] }
  }
  const rows: RawRow[] = body.map((r) => ({ line: startLine(r.info.lines, r.raw), cells: r.record.map(unwrapExcelFormula) }))
  return {
    table: { name: resource.name, file: shown, schema: resource.schema, header: header.record.map((h) => h.trim()), headerLine: startLine(header.info.lines, header.raw), rows },
    findings: notes,
  }
}

/** Read stage: the descriptor and every table as raw strings with their line numbers. */
export async function readDataset(dir: string): Promise<ReadResult> {
  const { pkg, findings: descriptorFindings } = await readDescriptor(dir)
  const raw: RawTable[] = []
  const findings: StatedFinding[] = [...descriptorFindings]
  for (const resource of pkg.resources) {
    const file = path.join(dir, resource.path)
    const bytes = await readText(file, `Table "${resource.name}":`, `create ${resource.path} in ${displayPath(dir)} or remove the "${resource.name}" resource from datapackage.json`)
    const parsed = parseTable(resource, file, bytes)
    if (parsed.table) raw.push(parsed.table)
    findings.push(...parsed.findings)
  }
  return { pkg, raw, findings }
}
