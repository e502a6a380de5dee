import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCountryVotes } from '../pipeline/corpus/votes.ts'
import { startChrome } from './helpers/chrome.ts'
import { root, runCliAsync, tempDir } from './helpers/fixtures.ts'
import { pdfInfo, pdfText } from './helpers/pdf.ts'

const CORPUS = path.join(root, '..', 'shared', 'corpus', 'unga-votes', 'tidytuesday-2021-03-23')

describe.skipIf(!existsSync(CORPUS))('UN General Assembly voting records (the real corpus, streamed)', () => {
  it('sums up every country: issues, agreement by year, most divisive votes', async () => {
    const all = await readCountryVotes(CORPUS)
    expect(all.size).toBeGreaterThan(190)
    const kg = all.get('KG')!
    expect(kg).toMatchObject({ name: 'Kyrgyzstan', firstYear: 1992, lastYear: 2019 })
    expect(kg.total).toBeGreaterThan(1500)
    expect(kg.byIssue.map((i) => i.issue)).toContain('Nuclear weapons and nuclear material')
    expect(kg.agreement.map((a) => a.partner)).toEqual(['US', 'RU', 'CN'])
    const shares = kg.agreement.flatMap((a) => a.byYear.map((y) => y.share))
    expect(Math.min(...shares)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...shares)).toBeLessThanOrEqual(1)
    expect(kg.divisive).toHaveLength(8)
    const losingSide = kg.divisive.map((v) => Math.min(v.yes, v.no))
    expect(losingSide).toEqual([...losingSide].sort((a, b) => b - a))
    expect(losingSide.at(-1)).toBeGreaterThan(50)
    expect(all.get('US')!.agreement.map((a) => a.partner)).toEqual(['RU', 'CN'])
    // The corpus writes NA for Namibia's code and for the missing codes of three former states.
    expect(all.get('NA')).toMatchObject({ name: 'Namibia', firstYear: 1990 })
    expect(['FRG', 'YAR', 'ZANZIBAR'].map((code) => all.get(code)?.name)).toEqual(['Federal Republic of Germany', 'Yemen Arab Republic', 'Zanzibar'])
    expect(all.get('FRG')!.lastYear).toBeLessThanOrEqual(1990)
  }, 120_000)

  it('prints voting sheets through a running Chrome given by --browser-endpoint, with a pool of two pages', async () => {
    const out = await tempDir()
    const chrome = await startChrome()
    const endpoint = chrome.endpoint
    try {
      const run = await runCliAsync(['votes', '--corpus', CORPUS, '--countries', 'KG,KZ,UZ', '--out', out, '--browser-endpoint', endpoint, '--pages', '2'])
      expect(run.code, run.stderr).toBe(0)
      expect(readdirSync(path.join(out, 'votes')).sort()).toEqual(['kg', 'kz', 'uz'])
      const kg = path.join(out, 'votes', 'kg', 'voting.pdf')
      expect(Number(pdfInfo(kg).Pages)).toBeLessThanOrEqual(2)
      expect(pdfText(kg)).toContain('Kyrgyzstan')
      expect(pdfText(kg)).toContain('The most divisive votes Kyrgyzstan took part in')
      // Each sheet speaks of its own country, never of the default dataset's.
      const kz = pdfText(path.join(out, 'votes', 'kz', 'voting.pdf'))
      for (const phrase of ['How Kazakhstan voted, by issue', 'The most divisive votes Kazakhstan took part in', 'Kazakhstan’s vote']) expect(kz).toContain(phrase)
      expect(kz).not.toContain('Kyrgyzstan')
      expect(chrome.process.exitCode).toBeNull()
    } finally {
      chrome.stop()
    }
  }, 180_000)

  it('says where the corpus is missing', async () => {
    const run = await runCliAsync(['votes', '--corpus', '/no/such/corpus'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('The votes corpus has no roll_calls.csv in /no/such/corpus')
  })
})
