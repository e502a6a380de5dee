import { existsSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import { overflowMessage } from '../pipeline/stages/print.ts'
import { CHART_FONT_PX } from '../templates/charts/palette.ts'
import { copyOfDefaultDataset } from './helpers/dataset-copy.ts'
import { runCli, runCliAsync, tempDir, type CliRun } from './helpers/fixtures.ts'
import { pdfInfo } from './helpers/pdf.ts'
import { printedWords } from './helpers/pdf-words.ts'

const LANGS = ['en', 'ru', 'ky']

/** A CSV field as written back: quoted when it holds a comma, a quote or a line break. */
const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)

/** Marks every row of a table highlighted, in place; a table without the column is left as it is. */
async function highlightAll(file: string): Promise<void> {
  const [header, ...rows] = parse(await readFile(file, 'utf8')) as string[][]
  const at = header!.indexOf('highlight')
  if (at < 0) return
  for (const row of rows) row[at] = 'true'
  await writeFile(file, [header!, ...rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n')
}

describe('the fact sheet printed at 100 % (measured from the PDF word boxes)', () => {
  let out: string
  let run: CliRun
  // The default dataset: its highlighted rows fill every part of the sheet.
  const pdf = (lang: string) => path.join(out, 'kyrgyzstan', lang, 'factsheet.pdf')

  beforeAll(async () => {
    out = await tempDir('factsheet-print-')
    run = runCli(['build', '--out', out, '--lang', LANGS.join(','), '--format', 'pdf'])
  })

  it('prints two A4 pages in every language', () => {
    expect(run.code, run.stderr).toBe(0)
    for (const lang of LANGS) expect(Number(pdfInfo(pdf(lang)).Pages), lang).toBe(2)
  })

  for (const lang of LANGS) {
    it(`${lang}: body and tables at 8 pt, nothing under the 6.5 pt of notes and reference marks`, () => {
      const words = printedWords(pdf(lang)).filter((w) => w.text.trim())
      const sizes = words.map((w) => w.pt).sort((a, b) => a - b)
      expect(sizes[0], lang).toBeGreaterThanOrEqual(6.45)
      expect(sizes[Math.floor(sizes.length / 2)], lang).toBeGreaterThanOrEqual(7.95)
      // Only notes, marks, sources and chart labels sit under the body size, and none of them near it but
      // the charts' own labels, drawn at CHART_FONT_PX (10 px, 7.5 pt): a body shrunk to fit would show
      // here at another size in 7.1–7.95 pt.
      const chartPt = CHART_FONT_PX * 0.75
      expect(words.some((w) => Math.abs(w.pt - chartPt) < 0.03), `${lang}: chart labels`).toBe(true)
      expect(words.filter((w) => w.pt > 7.1 && w.pt < 7.95 && Math.abs(w.pt - chartPt) >= 0.03).map((w) => w.text), lang).toEqual([])
      for (const page of [1, 2]) expect(words.some((w) => w.page === page && w.pt >= 7.95), `${lang} p${page}`).toBe(true)
    })
  }
})

describe('a sheet that would run over two pages', () => {
  it('is a build error naming the document, its language and what to cut; nothing is written', async () => {
    const dir = await copyOfDefaultDataset()
    // Every row highlighted: far more than two pages hold.
    for (const file of (await readdir(dir)).filter((f) => f.endsWith('.csv'))) await highlightAll(path.join(dir, file))
    const long = 'an event described at a length no fact sheet should carry and '.repeat(6)
    const milestones = path.join(dir, 'milestones.csv')
    await writeFile(milestones, (await readFile(milestones, 'utf8')).replace(/^(M\d+_\w+,[^,]+,)(?!")/gm, `$1${long}`))
    const out = await tempDir()
    const result = await runCliAsync(['build', '--dataset', dir, '--out', out, '--lang', 'en', '--format', 'pdf'])
    expect(result.code, result.stderr).toBe(1)
    expect(result.stderr).toMatch(/kyrgyzstan\/en\/factsheet\.pdf runs to \d+ pages, but a fact sheet has 2: it is about \d+ mm too long; page 3 would start in "[^"]+"/)
    expect(result.stderr).toMatch(/cut content, not type size: set highlight to false on rows of the longest parts \("[^"]+" \d+ mm/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(existsSync(path.join(out, 'kyrgyzstan', 'en', 'factsheet.pdf'))).toBe(false)
  })

  it('names the part in which the next page would start, and the parts by height', () => {
    const parts = [{ name: 'Key facts', top: 0, bottom: 300 }, { name: 'Milestones', top: 300, bottom: 1500 }, { name: 'Sources', top: 1500, bottom: 2200 }]
    const { message, hint } = overflowMessage('x/en/factsheet.pdf', 3, 2, parts, 1000)
    expect(message).toBe('x/en/factsheet.pdf runs to 3 pages, but a fact sheet has 2: it is about 53 mm too long; page 3 would start in "Sources"')
    expect(hint).toContain('("Milestones" 318 mm, "Sources" 185 mm, "Key facts" 79 mm)')
    expect(overflowMessage('x', 3, 2, parts.slice(0, 2), 1000).message).toContain('2: page breaks before parts that must stay whole push it over')
  })
})
