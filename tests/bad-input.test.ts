import { createHash } from 'node:crypto'
import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { copyOfDefaultDataset } from './helpers/dataset-copy.ts'
import { fixtures, runCli, runCliAsync, tempDir } from './helpers/fixtures.ts'

/**
 * The bad-input corpus: each folder of tests/fixtures/bad/ holds one table (or descriptor) that
 * replaces the default dataset's, and expected.json: the exit code, and for data errors the rule and
 * the file line (and column) the message must name.
 */
interface Expected {
  readonly exit: number
  readonly rule?: string
  readonly line?: number
  readonly column?: number
  readonly message?: string
  readonly command?: 'build' | 'check'
  readonly delete?: boolean
  readonly generate?: string
  readonly why: string
}

const corpus = path.join(fixtures, 'bad')
const cases = readdirSync(corpus).sort()

/** The documents a build leaves: they must not change when a build fails. */
function documents(out: string): Record<string, string> {
  const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.(html|pdf)$|manifest\.json$/.test(e.name))
  return Object.fromEntries(files.map((e) => path.join(e.parentPath, e.name)).map((f) => [path.relative(out, f), createHash('sha256').update(readFileSync(f)).digest('hex')]))
}

/** Large cases are made when the test runs rather than kept in the repository. */
function generate(file: string, name: string): void {
  if (name === 'big-cell') appendFileSync(file, `R99,,A title,,,60,2005-12-22,initiator,mountains,adopted,a-res-53-24,${'x'.repeat(5 * 1024 * 1024)}\n`)
  if (name === 'many-rows') {
    const rows = Array.from({ length: 100_000 }, (_, i) => `R${i},,Row ${i},,,60,${i === 99_999 ? '2021-02-30' : '2005-12-22'},initiator,mountains,adopted,a-res-53-24,`)
    appendFileSync(file, `${rows.join('\n')}\n`)
  }
}

describe('the bad-input corpus', () => {
  let baseline: string

  beforeAll(async () => {
    baseline = await tempDir('factsheet-baseline-')
    const run = runCli(['build', '--out', baseline, '--format', 'html', '--lang', 'en', '--quiet'])
    expect(run.code, run.stderr).toBe(0)
  })

  it('has at least 30 cases, each with its expected outcome', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30)
  })

  it.concurrent.each(cases)('%s', async (name) => {
    const expected = JSON.parse(readFileSync(path.join(corpus, name, 'expected.json'), 'utf8')) as Expected
    const dataset = await copyOfDefaultDataset()
    for (const file of readdirSync(path.join(corpus, name)).filter((f) => f !== 'expected.json')) {
      if (expected.delete) rmSync(path.join(dataset, file))
      else cpSync(path.join(corpus, name, file), path.join(dataset, file))
      if (expected.generate) generate(path.join(dataset, file), name)
    }
    const out = await tempDir('factsheet-bad-')
    cpSync(baseline, out, { recursive: true })
    const before = documents(out)
    const args = expected.command === 'check' ? ['check', '--dataset', dataset] : ['build', '--dataset', dataset, '--out', out, '--format', 'html', '--lang', 'en']
    const run = await runCliAsync(args)
    const output = run.stdout + run.stderr
    expect(run.code, `${expected.why}\n${output.slice(0, 2000)}`).toBe(expected.exit)
    expect(output, 'no stack trace').not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/)
    if (expected.exit !== 0) {
      expect(output).toMatch(/hint[:(]|\(.+\)\n/)
      expect(documents(out), 'earlier documents unchanged').toEqual(before)
    }
    if (expected.rule) {
      const where = new RegExp(`\\.(?:csv|json):${expected.line}${expected.column ? `:${expected.column}` : '(?::\\d+)?'}: error ${expected.rule}: `)
      expect(output, `${name}: ${where}`).toMatch(where)
    }
    if (expected.message) expect(output).toContain(expected.message)
  })
})
