import { spawn } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { launchBrowser } from '../pipeline/lib/browser.ts'
import { copyOfDefaultDataset, editTable } from './helpers/dataset-copy.ts'
import { root, tempDir } from './helpers/fixtures.ts'

describe('factsheet watch', () => {
  it('serves the sheet on loopback and reloads the open page after a table changes', async () => {
    const dataset = await copyOfDefaultDataset()
    const out = await tempDir()
    const child = spawn(process.execPath, [path.join(root, 'bin', 'factsheet.mjs'), 'watch', '--dataset', dataset, '--out', out, '--port', '0', '--lang', 'en'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } })
    let log = ''
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
    const launched = await launchBrowser()
    try {
      const port = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const m = /serving http:\/\/127\.0\.0\.1:(\d+)\//.exec(log)
          if (m) resolve(m[1]!), clearInterval(timer)
        }, 100)
        setTimeout(() => reject(new Error(`watch did not start: ${log}`)), 30_000)
      })
      const page = await launched.browser.newPage()
      const violations: string[] = []
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
      })
      await page.goto(`http://127.0.0.1:${port}/en/`, { waitUntil: 'load' })
      await page.evaluate('window.__chartsReady')
      expect(await page.title()).toBe('The Kyrgyz Republic and the United Nations — Fact sheet')
      const reloaded = page.waitForNavigation({ timeout: 30_000 })
      await new Promise((resolve) => setTimeout(resolve, 500))
      await editTable(dataset, 'treaties.csv', 'Semipalatinsk, Kazakhstan', 'Semipalatinsk (Semey), Kazakhstan')
      await reloaded
      expect(await page.content()).toContain('Semipalatinsk (Semey), Kazakhstan')
      expect(violations).toEqual([])
      const missing = await fetch(`http://127.0.0.1:${port}/fr/`)
      expect(missing.status).toBe(404)
    } finally {
      await launched.close()
      child.kill('SIGINT')
      await new Promise((resolve) => child.on('exit', resolve))
    }
  })
})
