import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { findingCatalogFrom, renderFinding } from '../pipeline/lib/finding-text.ts'
import { formatRules } from '../pipeline/lib/report.ts'
import { loadDataset } from '../pipeline/load.ts'
import { registry, rules } from '../pipeline/rules/index.ts'
import { fixtures, root } from './helpers/fixtures.ts'

const english = JSON.parse(readFileSync(path.join(root, 'templates', 'i18n', 'findings', 'en.json'), 'utf8')) as Record<string, string>
const ids = new Set<string>(registry.map((r) => r.id))

/** Where findings are stated: the rules, the read stage, and the build (reader text). */
const SOURCES = [
  ...readdirSync(path.join(root, 'pipeline', 'rules')).map((f) => path.join('pipeline', 'rules', f)),
  path.join('pipeline', 'stages', 'read.ts'),
  path.join('pipeline', 'lib', 'reader-text.ts'),
]

/** Every `'<rule>.<what>'` string the code states a finding with. */
function statedCodes(): Map<string, string> {
  const codes = new Map<string, string>()
  for (const file of SOURCES) {
    for (const [, code, rule] of readFileSync(path.join(root, file), 'utf8').matchAll(/'(([a-z0-9]+(?:-[a-z0-9]+)*)\.[a-z0-9]+(?:-[a-z0-9]+)*)'/g)) {
      if (ids.has(rule!)) codes.set(code!, file)
    }
  }
  return codes
}

const messageCodes = Object.keys(english).filter((key) => !key.endsWith('.hint') && !key.endsWith('.note') && !key.startsWith('notes.'))

describe('findings as codes', () => {
  it('states findings by code in the rules, the read stage and the build', () => {
    const codes = statedCodes()
    expect(codes.size).toBeGreaterThan(60)
    for (const rule of registry) expect([...codes.keys()].some((c) => c.startsWith(`${rule.id}.`)), rule.id).toBe(true)
  })

  it('has an English message and hint for every code the code states', () => {
    const missing = [...statedCodes()].filter(([code]) => english[code] === undefined || english[`${code}.hint`] === undefined)
    expect(missing).toEqual([])
  })

  it('keeps no message in the English catalog that no code states', () => {
    const stated = statedCodes()
    expect(messageCodes.filter((code) => !stated.has(code))).toEqual([])
    expect(Object.keys(english).filter((k) => k.endsWith('.hint') && english[k.slice(0, -'.hint'.length)] === undefined)).toEqual([])
  })

  it('names every code after its rule, and every message is valid ICU', () => {
    for (const code of messageCodes) expect(ids.has(code.slice(0, code.indexOf('.'))), code).toBe(true)
    for (const [key, message] of Object.entries(english)) expect(() => new IntlMessageFormat(message, 'en'), key).not.toThrow()
  })

  it('renders the findings of real inputs from their code, with each rule naming its own codes', async () => {
    const datasets = ['seed-as-written', 'minimal'].map((d) => path.join(fixtures, d))
    const findings = (await Promise.all(datasets.map((d) => loadDataset(d, { asOf: '2026-11-28' })))).flatMap((l) => l.findings)
    expect(findings.length).toBeGreaterThan(15)
    for (const f of findings) {
      expect(f.code.startsWith(`${f.rule}.`), f.code).toBe(true)
      expect(f.message).not.toBe(f.code)
      expect(f.message).not.toMatch(/\{|\}/)
      expect(english[f.code], f.code).toBeDefined()
    }
  })

  it('prints date params as dates of the catalog language, and other params as written', () => {
    const catalog = findingCatalogFrom('en', { 'x.y': '{field} {eventDate} after {asOfDate} (line {line})', 'x.y.hint': 'fix {field}' })
    const stated = { rule: 'future-date', severity: 'error', table: 't', file: 'f.csv', line: 3, column: 2, field: 'date', value: '2030', code: 'x.y', params: { field: 'date', eventDate: '2030-05', asOfDate: '2026-11-28', line: '1234' } } as const
    expect(renderFinding(stated, catalog)).toMatchObject({ message: 'date May 2030 after 28 November 2026 (line 1234)', hint: 'fix date' })
  })
})

describe('the registry', () => {
  it('lists the rules the checker runs, the read stage and the build, each once', () => {
    expect(registry.length).toBe(ids.size)
    for (const rule of rules) expect(ids.has(rule.id)).toBe(true)
    expect(ids.has('csv-syntax') && ids.has('reader-text')).toBe(true)
  })

  it('is the README’s rule table', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
    expect(readme).toContain(formatRules(registry, 'markdown'))
  })
})
