import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../pipeline/lib/browser.ts'
import { SHEET_CHARTS } from '../pipeline/stages/select.ts'
import { root, runCli, tempDir } from './helpers/fixtures.ts'

const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar')
const DOCUMENTS = ['en/factsheet.html', 'en/briefing-pack.html', 'ru/factsheet.html', 'ru/briefing-pack.html', 'ky/factsheet.html', 'ky/briefing-pack.html']

describe('the HTML documents', () => {
  let out: string
  // The default dataset, whose highlighted rows fill every part of the sheet.
  const file = (doc: string) => path.join(out, 'kyrgyzstan', doc)

  beforeAll(async () => {
    out = await tempDir()
    const run = runCli(['build', '--out', out, '--format', 'html', '--quiet'])
    expect(run.code, run.stderr).toBe(0)
  })

  it('are valid HTML for the Nu Html Checker (0 errors)', () => {
    const report = execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', '--exit-zero-always', ...DOCUMENTS.map(file)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    const messages = (JSON.parse(report || '{"messages":[]}') as { messages: { type: string; message: string; url: string }[] }).messages
    expect(messages.filter((m) => m.type === 'error')).toEqual([])
  }, 120_000)

  it('have no accessibility violations for axe-core, in the same Chromium that prints them', async () => {
    const axe = readFileSync(path.join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8')
    const launched = await launchBrowser()
    try {
      for (const doc of DOCUMENTS) {
        const page = await launched.browser.newPage()
        // Our policy admits only our own scripts; the checker is added for the test alone.
        await page.setBypassCSP(true)
        await page.setContent(readFileSync(file(doc), 'utf8'), { waitUntil: 'load' })
        await page.evaluate('window.__chartsReady')
        await page.addScriptTag({ content: axe })
        const result = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as { violations: { id: string; nodes: unknown[] }[] }
        expect(result.violations.map((v) => `${doc}: ${v.id} ×${v.nodes.length}`)).toEqual([])
        await page.close()
      }
    } finally {
      await launched.close()
    }
  })

  it('give every chart a text alternative and its data as a table', () => {
    for (const doc of DOCUMENTS) {
      const html = readFileSync(file(doc), 'utf8')
      const canvases = [...html.matchAll(/<canvas [^>]*aria-label="([^"]+)"[^>]*>/g)]
      // The sheet draws its own charts; the pack draws every chart.
      if (doc.endsWith('factsheet.html')) expect(canvases.length, doc).toBe(SHEET_CHARTS.length)
      else expect(canvases.length, doc).toBeGreaterThan(SHEET_CHARTS.length)
      expect(html.match(/<details class="chart-data">/g)?.length).toBe(canvases.length)
    }
  })

  it('adapt to a phone: one column below 700 px', () => {
    const css = readFileSync(path.join(root, 'templates', 'styles', 'factsheet.css'), 'utf8')
    expect(css).toMatch(/@media screen and \(max-width: 700px\)[\s\S]*grid-template-columns: 1fr/)
  })
})
