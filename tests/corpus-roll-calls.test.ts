import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { adoptionDateOf, rollCallsAsResolutions, symbolOfUnres } from '../pipeline/corpus/roll-calls.ts'
import { loadDataset, type LoadedDataset } from '../pipeline/load.ts'
import { root, tempDir } from './helpers/fixtures.ts'

const ROLL_CALLS = path.join(root, '..', 'shared', 'corpus', 'unga-votes', 'tidytuesday-2021-03-23', 'roll_calls.csv')

describe('converting roll calls', () => {
  it('puts symbols in UN form and keeps only the month where the corpus has no real day', () => {
    expect(symbolOfUnres('R/46/225')).toBe('A/RES/46/225')
    expect(symbolOfUnres('R/36/27A')).toBe('A/RES/36/27')
    expect(symbolOfUnres('R/16/1398')).toBe('A/RES/1398(XVI)')
    expect(symbolOfUnres('ESS/10/19')).toBe('A/RES/ES-10/19')
    expect(symbolOfUnres('SS/5/2')).toBe('A/RES/S-5/2')
    expect(symbolOfUnres('R/6444A')).toBe('R/6444A')
    expect(symbolOfUnres('NA')).toBe('')
    expect(adoptionDateOf('1946-01-01')).toBe('1946-01')
    expect(adoptionDateOf('2006-12-06')).toBe('2006-12-06')
  })
})

describe.skipIf(!existsSync(ROLL_CALLS))('the checker on 6,202 real GA roll calls', () => {
  let loaded: LoadedDataset
  const count = (rule: string, severity?: string) => loaded.findings.filter((f) => f.rule === rule && (!severity || f.severity === severity)).length

  beforeAll(async () => {
    const dir = path.join(await tempDir(), 'unga-roll-calls')
    const { pkg, csv } = rollCallsAsResolutions(await readFile(ROLL_CALLS, 'utf8'))
    await import('node:fs/promises').then((fs) => fs.mkdir(dir, { recursive: true }))
    await writeFile(path.join(dir, 'datapackage.json'), JSON.stringify(pkg))
    await writeFile(path.join(dir, 'resolutions.csv'), csv)
    loaded = await loadDataset(dir, { asOf: '2021-03-23' })
  })

  it('reads every roll call', () => {
    expect(loaded.report.stats.rows).toBe(6202)
  })

  it('flags the odd symbols the corpus README lists', () => {
    const odd = loaded.findings.filter((f) => f.rule === 'symbol-format' && f.severity === 'error').map((f) => f.value)
    expect(odd).toEqual(expect.arrayContaining(['R/6444A', 'R/10 65', 'GOAR/1/1288B']))
  })

  it('flags special-session rows whose session column is a calendar-year session', () => {
    expect(count('symbol-session', 'warning')).toBeGreaterThan(40)
  })

  it('finds most adoption dates inside their session, and flags the rest', () => {
    const outside = count('session-date', 'error') + count('session-date', 'warning')
    expect(outside).toBeGreaterThan(0)
    expect(outside).toBeLessThan(6202 * 0.05)
    expect(count('future-date')).toBe(0)
  })
})
