import { describe, expect, it } from 'vitest'
import { fixtureDataset, runCli } from './helpers/fixtures.ts'

describe('factsheet CLI', () => {
  it('prints help for the tool and for each command, and its version', () => {
    const help = runCli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: factsheet <command>')
    for (const command of ['build', 'check', 'browser']) {
      const run = runCli([command, '--help'])
      expect(run.code).toBe(0)
      expect(run.stdout).toContain(`Usage: factsheet ${command}`)
    }
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('exits 2 with a hint, and no stack trace, on a usage mistake', () => {
    for (const args of [['build', '--bogus'], ['frobnicate'], ['check', '--format', 'xml'], ['build', '--format', 'docx'], ['build', '--as-of', '28/11/2026', '--format', 'html'], []]) {
      const run = runCli(args)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr + run.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/)
    }
    const run = runCli(['build', '--bogus'])
    expect(run.stderr).toContain('error: unknown option --bogus')
    expect(run.stderr).toContain('hint:')
  })

  it('exits 2 when the dataset folder does not exist', () => {
    const run = runCli(['check', '--dataset', 'sources/no-such-place'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('Dataset folder sources/no-such-place does not exist')
  })

  it('check exits 0 on the default dataset', () => {
    const run = runCli(['check'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/kyrgyzstan: 14 tables, \d+ rows checked as of 2026-11-28: 0 errors/)
    expect(run.stdout).toMatch(/of \d+ curated rows: \d+ % verified, \d+ % with a UN or government source/)
    expect(run.stdout).not.toContain('source-authority')
  })

  it('check exits 1 on a table with a bad date and prints file:line:column: severity rule: message (hint)', async () => {
    const dataset = await fixtureDataset('bad-date')
    const run = runCli(['check', '--dataset', dataset])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/resolutions\.csv:4:5: error schema-type: "2021-02-30" in column "adoption_date" is not a date such as 1992-03-02 .+: that day does not exist in the calendar \(write .+\)/)
    expect(run.stdout).toContain('2 errors')
  })

  it('check --format json prints one report object', async () => {
    const run = runCli(['check', '--dataset', await fixtureDataset('duplicate-key'), '--format', 'json', '--as-of', '2026-11-27'])
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout)
    expect(report).toMatchObject({ version: 2, valid: false, dataset: 'minimal', asOf: '2026-11-27', stats: { errors: 1, warnings: 0, infos: 0, tables: 4 } })
    expect(Object.keys(report.findings[0]).sort()).toEqual(['code', 'column', 'field', 'file', 'hint', 'line', 'message', 'params', 'rule', 'severity', 'table', 'value'])
    expect(report.findings[0]).toMatchObject({ rule: 'primary-key', code: 'primary-key.duplicate', params: { key: 'id', value: 'R1', line: '2' }, line: 4, column: 1 })
  })

  it('browser prints the browser the printer will use, or exits 2 with how to get one', () => {
    const found = runCli(['browser'])
    expect(found.code).toBe(0)
    expect(found.stdout.trim()).toMatch(/chrom/i)
    const wrong = runCli(['browser'], { PUPPETEER_EXECUTABLE_PATH: '/no/such/chrome' })
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain('PUPPETEER_EXECUTABLE_PATH is set to /no/such/chrome')
    expect(wrong.stderr).toContain('apt-get install -y chromium')
  })
})
