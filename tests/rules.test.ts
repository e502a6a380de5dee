import { describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { loadDataset } from '../pipeline/load.ts'
import { rules } from '../pipeline/rules/index.ts'
import type { Finding } from '../pipeline/types.ts'
import { fixtureDataset } from './helpers/fixtures.ts'

async function findingsOf(caseName?: string): Promise<Finding[]> {
  return [...(await loadDataset(await fixtureDataset(caseName))).findings]
}

const only = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule)

describe('the rule registry', () => {
  it('gives every rule a unique kebab-case id, a severity and a description', () => {
    const ids = rules.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
      expect(['error', 'warning', 'info']).toContain(rule.severity)
      expect(rule.description.length).toBeGreaterThan(10)
    }
  })

  it('passes the minimal dataset with no finding at all', async () => {
    expect(await findingsOf()).toEqual([])
  })
})

describe('schema rules, each with a failing fixture', () => {
  it('schema-type: an ambiguous date and a date that does not exist, with line, column and why', async () => {
    const findings = only(await findingsOf('bad-date'), 'schema-type')
    expect(findings.map((f) => [f.line, f.column, f.field, f.value])).toEqual([
      [3, 5, 'adoption_date', '11/12/2017'],
      [4, 5, 'adoption_date', '2021-02-30'],
    ])
    expect(findings[0]!.message).toContain('it can be read day first or month first; write it as YYYY-MM-DD')
    expect(findings[1]!.message).toContain('that day does not exist in the calendar')
    expect(findings[1]!.hint).toContain('1992-03-02')
  })

  it('schema-type: words where a session number is expected (53, 53rd and LIII are fine)', async () => {
    const [finding] = only(await findingsOf('bad-type'), 'schema-type')
    expect(finding).toMatchObject({ line: 2, column: 4, field: 'session', value: 'fifty-third', severity: 'error' })
    expect(finding!.message).toContain('a session number such as 53, 53rd or LIII')
  })

  it('schema-constraint: a session of 0 or 500', async () => {
    const findings = only(await findingsOf('out-of-range'), 'schema-constraint')
    expect(findings.map((f) => f.message)).toEqual(['500 is above the maximum of "session" (99)', '0 is below the minimum of "session" (1)'])
  })

  it('missing-source: a row without a source (and schema-required leaves it to that rule)', async () => {
    const findings = await findingsOf('missing-source')
    expect(only(findings, 'missing-source')).toMatchObject([{ line: 2, column: 8, field: 'source', message: 'the row has no source' }])
    expect(only(findings, 'schema-required')).toEqual([])
  })

  it('schema-enum: a role outside the list, with the allowed values in the hint', async () => {
    const [finding] = only(await findingsOf('bad-enum'), 'schema-enum')
    expect(finding).toMatchObject({ line: 2, field: 'kyrgyz_role', value: 'sponsor' })
    expect(finding!.hint).toBe('use one of: initiator, co-sponsor, mentioned, subject')
  })

  it('primary-key: the second use of a key points back at the first', async () => {
    const [finding] = only(await findingsOf('duplicate-key'), 'primary-key')
    expect(finding).toMatchObject({ line: 4, column: 1, value: 'R1' })
    expect(finding!.message).toContain('already used on line 2')
  })

  it('entity-unknown (not foreign-key) for names of UN entities, also inside a list', async () => {
    const findings = await findingsOf('unknown-body')
    expect(only(findings, 'foreign-key')).toEqual([])
    expect(only(findings, 'entity-unknown').map((f) => [f.line, f.field, f.value])).toEqual([
      [2, 'partners', 'Office of the High Commissioner the United Nations High Commissioner for Refugees'],
      [3, 'body', 'Comission on Narcotic Drugs'],
    ])
  })

  it('foreign-key: a reference to a row of another table that does not exist', async () => {
    const dir = await fixtureDataset()
    const descriptor = JSON.parse(await readFile(path.join(dir, 'datapackage.json'), 'utf8'))
    descriptor.resources.find((r: { name: string }) => r.name === 'milestones').schema.foreignKeys = [{ fields: ['id'], reference: { resource: 'resolutions', fields: ['id'] } }]
    await writeFile(path.join(dir, 'datapackage.json'), JSON.stringify(descriptor))
    await writeFile(path.join(dir, 'milestones.csv'), 'id,date,event,event_ru,source\nR1,1992,Admission,,seed\nR9,1993,Other,,seed\n')
    const findings = only([...(await loadDataset(dir)).findings], 'foreign-key')
    expect(findings.map((f) => [f.line, f.value, f.message])).toEqual([[3, 'R9', '"R9" in "id" is not a id of table "resolutions"']])
  })

  it('schema-row-length: too many and too few cells', async () => {
    const findings = only(await findingsOf('ragged-row'), 'schema-row-length')
    expect(findings.map((f) => [f.line, f.message])).toEqual([
      [2, 'row has 9 cells but the header has 8 columns'],
      [3, 'row has 4 cells but the header has 8 columns'],
    ])
  })

  it('schema-header: duplicate and missing required columns are errors, unknown and absent optional columns info', async () => {
    const findings = only(await findingsOf('header-problems'), 'schema-header')
    expect(findings.map((f) => [f.severity, f.field])).toEqual(
      expect.arrayContaining([
        ['error', 'term_start'],
        ['info', 'comment'],
        ['info', 'term_end'],
        ['error', 'status'],
      ]),
    )
    expect(findings.every((f) => f.line === 1)).toBe(true)
  })
})

describe('the default dataset', () => {
  it('checks with no errors and every table row has a source', async () => {
    const { report, dataset } = await loadDataset('sources/kyrgyzstan')
    expect(report.stats.errors).toBe(0)
    expect(report.stats.rows).toBeGreaterThan(100)
    for (const table of dataset.raw.filter((t) => t.name !== 'sources')) {
      expect(table.header, table.file).toContain('source')
      const column = table.header.indexOf('source')
      for (const row of table.rows) expect(row.cells[column]?.trim(), `${table.file}:${row.line}`).not.toBe('')
    }
  })
})
