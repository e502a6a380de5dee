import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CliError } from '../pipeline/errors.ts'
import { loadDataset } from '../pipeline/load.ts'
import { readDataset } from '../pipeline/stages/read.ts'
import { fixtureDataset, root, tempDir } from './helpers/fixtures.ts'

async function cliError(promise: Promise<unknown>): Promise<CliError> {
  const error = await promise.then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(CliError)
  return error as CliError
}

describe('read stage', () => {
  it('reads every table with its header and the file line of each record', async () => {
    const { pkg, raw, findings } = await readDataset(await fixtureDataset())
    expect(findings).toEqual([])
    expect(pkg.name).toBe('minimal')
    const resolutions = raw.find((t) => t.name === 'resolutions')!
    expect(resolutions.header[0]).toBe('id')
    expect(resolutions.rows.map((r) => r.line)).toEqual([2, 3, 4, 6])
    expect(resolutions.rows[2]!.cells[2]).toBe('A title that spans\ntwo lines in the file')
  })

  it('strips a UTF-8 byte order mark, as Excel writes it', async () => {
    const { raw } = await readDataset(await fixtureDataset())
    expect(raw.find((t) => t.name === 'resolutions')!.header[0]).toBe('id')
  })

  it('reports an unterminated quote as a finding with its line, not a crash', async () => {
    const { findings } = await readDataset(await fixtureDataset('bad-quote'))
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ rule: 'csv-syntax', severity: 'error', line: 2 })
    expect(findings[0]!.file).toMatch(/resolutions\.csv$/)
  })

  it('reports a table that is not UTF-8 and says how to re-save it', async () => {
    const { findings } = await readDataset(await fixtureDataset('not-utf8'))
    expect(findings[0]).toMatchObject({ rule: 'csv-encoding', code: 'csv-encoding.windows-1251', severity: 'error' })
    const checked = await loadDataset(await fixtureDataset('not-utf8'))
    expect(checked.findings[0]!.message).toMatch(/memberships\.csv is in the Windows-1251 \(Cyrillic\) encoding, not UTF-8$/)
    expect(checked.findings[0]!.hint).toContain('CSV UTF-8')
  })

  it('stops with a usage error (exit 2) when the dataset folder or a table is missing', async () => {
    const missing = await cliError(readDataset('/nonexistent/dataset'))
    expect(missing.exitCode).toBe(2)
    expect(missing.message).toContain('does not exist')
    const dir = await tempDir()
    expect((await cliError(readDataset(dir))).message).toContain('datapackage.json is not found')
    const noTable = await fixtureDataset()
    await writeFile(path.join(noTable, 'datapackage.json'), JSON.stringify({ name: 'x', title: 'x', country: 'x', languages: ['en'], resources: [{ name: 't', path: 'absent.csv', schema: { fields: [] } }] }))
    const absent = await cliError(readDataset(noTable))
    expect(absent.exitCode).toBe(2)
    expect(absent.message).toContain('absent.csv is not found')
  })

  it('stops with a data error (exit 1) on a broken descriptor and names what is wrong', async () => {
    const dir = await tempDir()
    await mkdir(dir, { recursive: true })
    await writeFile(path.join(dir, 'datapackage.json'), '{"name": "x",')
    const syntax = await cliError(readDataset(dir))
    expect(syntax.exitCode).toBe(1)
    expect(syntax.message).toContain('not valid JSON')
    await writeFile(path.join(dir, 'datapackage.json'), JSON.stringify({ name: 'x', title: 'x', country: 'x', asOf: '28.11.2026', languages: [], resources: [{ name: 'a', path: '../etc/passwd', schema: { fields: [{ name: 'f', type: 'text' }] } }] }))
    const shape = await cliError(readDataset(dir))
    expect(shape.exitCode).toBe(1)
    expect(shape.message).toContain('"asOf" must be a date')
    expect(shape.message).toContain('"languages"')
    expect(shape.message).toContain('must be a CSV file name inside the dataset folder')
    expect(shape.message).toContain('type must be one of')
  })
})

describe('a folder of CSV files without datapackage.json', () => {
  it('is read with the built-in schemas, recognizing tables by file name and reporting other files', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'memberships.csv'), 'id,body,term_start,term_end,status,source,remark\nM1,HRC,2016,2018,member,seed,hello\n')
    await writeFile(path.join(dir, 'budget.csv'), 'year,amount\n2020,1\n')
    const { pkg, raw, findings } = await readDataset(dir)
    expect(pkg.name).toBe(path.basename(dir))
    expect(raw.map((t) => t.name)).toEqual(['memberships'])
    expect(findings).toMatchObject([{ rule: 'table-unknown', severity: 'info', line: 1 }])
    expect(findings[0]!.file).toMatch(/budget\.csv$/)
  })

  it('uses the same schemas as the default dataset declares, for every table it declares', async () => {
    const builtIn = JSON.parse(await readFile(path.join(root, 'pipeline', 'schemas', 'tables.json'), 'utf8'))
    const declared = JSON.parse(await readFile(path.join(root, 'sources', 'kyrgyzstan', 'datapackage.json'), 'utf8'))
    const schemas = (pkg: { resources: { name: string; schema: unknown }[] }) => Object.fromEntries(pkg.resources.map((r) => [r.name, r.schema]))
    // A dataset may leave out an optional table (such as the pack's summary); what it declares must match.
    const own = schemas(declared)
    expect(Object.fromEntries(Object.keys(own).map((name) => [name, schemas(builtIn)[name]]))).toEqual(own)
  })
})
