import { describe, expect, it } from 'vitest'
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
  it('schema-type: a date that does not exist and a date in another notation, with line and column', async () => {
    const findings = only(await findingsOf('bad-date'), 'schema-type')
    expect(findings.map((f) => [f.line, f.column, f.field, f.value])).toEqual([
      [3, 5, 'adoption_date', '2 March 1992'],
      [4, 5, 'adoption_date', '2021-02-30'],
    ])
    expect(findings[0]!.message).toBe('"2 March 1992" in column "adoption_date" is not a date written YYYY-MM-DD, YYYY-MM or YYYY')
    expect(findings[0]!.hint).toContain('YYYY-MM-DD')
  })

  it('schema-type: an ordinal where a number is expected', async () => {
    const [finding] = only(await findingsOf('bad-type'), 'schema-type')
    expect(finding).toMatchObject({ line: 2, column: 4, field: 'session', value: '53rd', severity: 'error' })
  })

  it('schema-constraint: a session of 0 or 500', async () => {
    const findings = only(await findingsOf('out-of-range'), 'schema-constraint')
    expect(findings.map((f) => f.message)).toEqual(['500 is above the maximum of "session" (99)', '0 is below the minimum of "session" (1)'])
  })

  it('schema-required: a row without a source', async () => {
    const [finding] = only(await findingsOf('missing-source'), 'schema-required')
    expect(finding).toMatchObject({ line: 2, column: 6, field: 'source' })
    expect(finding!.hint).toContain('URL')
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

  it('foreign-key: unknown bodies, also inside a list', async () => {
    const findings = only(await findingsOf('unknown-body'), 'foreign-key')
    expect(findings.map((f) => [f.line, f.field, f.value])).toEqual([
      [2, 'partners', 'UNEP'],
      [3, 'body', 'CND'],
    ])
  })

  it('schema-row-length: too many and too few cells', async () => {
    const findings = only(await findingsOf('ragged-row'), 'schema-row-length')
    expect(findings.map((f) => [f.line, f.message])).toEqual([
      [2, 'row has 7 cells but the header has 6 columns'],
      [3, 'row has 4 cells but the header has 6 columns'],
    ])
  })

  it('schema-header: duplicate and missing columns are errors, unknown columns are info', async () => {
    const findings = only(await findingsOf('header-problems'), 'schema-header')
    expect(findings.map((f) => [f.severity, f.field])).toEqual(
      expect.arrayContaining([
        ['error', 'term_start'],
        ['info', 'comment'],
        ['error', 'term_end'],
        ['error', 'partners'],
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
    for (const table of dataset.raw) {
      expect(table.header, table.file).toContain('source')
      const column = table.header.indexOf('source')
      for (const row of table.rows) expect(row.cells[column]?.trim(), `${table.file}:${row.line}`).not.toBe('')
    }
  })
})
