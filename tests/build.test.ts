import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import { copyOfDefaultDataset, editTable } from './helpers/dataset-copy.ts'
import { defaultDataset, runCli, tempDir, type CliRun } from './helpers/fixtures.ts'
import { pdfFonts, pdfImageCount, pdfInfo, pdfText } from './helpers/pdf.ts'
import { SHEET_FACTS } from './helpers/seed-facts.ts'

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

describe('factsheet build (integration, with the real browser)', () => {
  let out: string
  let run: CliRun
  let pdf: string
  let html: string

  beforeAll(async () => {
    out = await tempDir('factsheet-out-')
    run = runCli(['build', '--out', out, '--lang', 'en'])
    pdf = path.join(out, 'kyrgyzstan', 'en', 'factsheet.pdf')
    html = path.join(out, 'kyrgyzstan', 'en', 'factsheet.html')
  })

  it('exits 0 and writes the HTML, the PDF and validation.json, and no temp files', () => {
    expect(run.code, run.stderr).toBe(0)
    expect(existsSync(pdf) && existsSync(html)).toBe(true)
    expect(JSON.parse(readFileSync(path.join(out, 'kyrgyzstan', 'validation.json'), 'utf8'))).toMatchObject({ valid: true, dataset: 'kyrgyzstan' })
    expect(readdirSync(path.join(out, 'kyrgyzstan', 'en')).sort()).toEqual(['briefing-pack.html', 'briefing-pack.pdf', 'factsheet.html', 'factsheet.pdf'])
  })

  it('prints an A4 sheet of at most two pages with a title', () => {
    const info = pdfInfo(pdf)
    expect(info['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)$/)
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(1)
    expect(Number(info.Pages)).toBeLessThanOrEqual(2)
    expect(info.Title).toBe('The Kyrgyz Republic and the United Nations — Fact sheet')
  })

  it('embeds every font', () => {
    const fonts = pdfFonts(pdf)
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.filter((f) => !f.embedded)).toEqual([])
  })

  it('draws its charts as vectors: no bitmap, and their axis labels and legends are text', () => {
    expect(pdfImageCount(pdf)).toBe(0)
    const text = pdfText(pdf)
    // Words that only the charts print: a body the terms chart draws and the table does not list, a
    // mission only the missions chart names, and a legend entry.
    for (const label of ['UNESCO Intangible Heritage Committee', 'MINURCAT', 'Mission mandate']) expect(text, label).toContain(label)
    expect(readFileSync(html, 'utf8')).toContain("addEventListener('beforeprint'")
  })

  it('carries the key facts and the highlighted milestones, no placeholder, and numbers pages n / N', () => {
    const text = pdfText(pdf)
    const milestones = parse(readFileSync(path.join(defaultDataset, 'milestones.csv'), 'utf8'), { columns: true }) as Record<string, string>[]
    // A line may break after a hyphen, which pdftotext keeps as "non- permanent".
    const joined = text.replace(/- /g, '-')
    for (const row of milestones) expect(joined.includes(row.event!.replace(/\s+/g, ' ')), row.id).toBe(row.highlight === 'true')
    expect(text).toContain('Member of the United Nations since 2 March 1992')
    for (const placeholder of ['symbol not found', 'term not known', 'mission not identified', 'official title not seen', 'no adopted resolution was found', 'peak ']) expect(text).not.toContain(placeholder)
    expect(SHEET_FACTS.filter((fact) => !text.includes(fact))).toEqual([])
    expect(text).toMatch(new RegExp(`1 / ${pdfInfo(pdf).Pages}`))
    expect(text).toMatch(/As of 28 November 2026/)
  })

  it('states the voting record as one key fact, the sums of votes_summary.csv; the voting section and single votes are left to the pack', () => {
    const [summary] = parse(readFileSync(path.join(defaultDataset, 'votes_summary.csv'), 'utf8'), { columns: true }) as Record<string, string>[]
    const total = ['yes', 'no', 'abstain'].reduce((sum, k) => sum + Number(summary![k]), 0)
    const text = pdfText(pdf).replace(/\s+/g, ' ')
    expect(text).toContain(`${Math.round((Number(summary!.yes) / total) * 100)}% of ${total.toLocaleString('en')} recorded votes in the General Assembly, ${summary!.first_year}–${summary!.last_year}, cast in favour`)
    expect(text).not.toContain('Voting in the General Assembly')
    expect(text).not.toMatch(/most divisive votes/)
  })

  it('gives byte-identical outputs when built again from the same inputs', async () => {
    const again = await tempDir('factsheet-out-')
    expect(runCli(['build', '--out', again, '--quiet', '--lang', 'en']).code).toBe(0)
    for (const file of ['factsheet.pdf', 'factsheet.html']) {
      expect(sha256(path.join(again, 'kyrgyzstan', 'en', file)), file).toBe(sha256(path.join(out, 'kyrgyzstan', 'en', file)))
    }
  })
})

describe('factsheet build with bad data', () => {
  it('exits 1, writes validation.json, and leaves the previous documents untouched', async () => {
    const dataset = await copyOfDefaultDataset()
    const out = await tempDir('factsheet-out-')
    expect(runCli(['build', '--dataset', dataset, '--out', out, '--format', 'html', '--quiet']).code).toBe(0)
    const document = path.join(out, 'kyrgyzstan', 'en', 'factsheet.html')
    const before = sha256(document)

    await editTable(dataset, 'resolutions.csv', '1998-11-10', '1998-11-31')
    const run = runCli(['build', '--dataset', dataset, '--out', out, '--format', 'html'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/resolutions\.csv:\d+:\d+: error schema-type: "1998-11-31"/)
    expect(run.stderr).toContain('nothing was built and earlier outputs are unchanged')
    expect(sha256(document)).toBe(before)
    expect(JSON.parse(readFileSync(path.join(out, 'kyrgyzstan', 'validation.json'), 'utf8'))).toMatchObject({ valid: false, stats: { errors: 1 } })
  })

  it('exits 2 with how to get a browser when none can be found, and writes no document', async () => {
    const out = await tempDir('factsheet-out-')
    const run = runCli(['build', '--out', out], { PUPPETEER_EXECUTABLE_PATH: '/no/such/chrome' })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('apt-get install -y chromium')
    expect(existsSync(path.join(out, 'kyrgyzstan', 'en'))).toBe(false)
  })
})
