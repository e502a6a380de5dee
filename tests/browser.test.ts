import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CliError } from '../pipeline/errors.ts'
import { findBrowser } from '../pipeline/lib/browser.ts'
import { startChrome } from './helpers/chrome.ts'
import { runCliAsync, tempDir } from './helpers/fixtures.ts'
import { pdfInfo } from './helpers/pdf.ts'

describe('findBrowser', () => {
  it('takes PUPPETEER_EXECUTABLE_PATH first when it is executable', () => {
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/bin/sh', HOME: '/nonexistent' }, [])).toBe('/bin/sh')
  })
  it('refuses a PUPPETEER_EXECUTABLE_PATH that is wrong instead of ignoring it', () => {
    expect(() => findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/no/such/chrome' }, ['/bin/sh'])).toThrow(CliError)
  })
  it('then takes the first executable system path', () => {
    expect(findBrowser({ HOME: '/nonexistent' }, ['/no/chromium', '/bin/sh', '/bin/ls'])).toBe('/bin/sh')
  })
  it('says how to get a browser when there is none', () => {
    try {
      findBrowser({ HOME: '/nonexistent' }, ['/no/chromium'])
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(CliError)
      expect((error as CliError).exitCode).toBe(2)
      expect((error as CliError).hint).toContain('apt-get install -y chromium fonts-noto-core')
      expect((error as CliError).hint).toContain('PUPPETEER_EXECUTABLE_PATH')
    }
  })
})

describe('factsheet build --browser-endpoint (a running Chrome, as in a pool)', () => {
  it('prints through it without a browser of its own, leaves it running, and rebuilds nothing for the same Chrome', async () => {
    const chrome = await startChrome()
    try {
      const out = await tempDir()
      // No local browser can be found: everything must go through the endpoint.
      const env = { PUPPETEER_EXECUTABLE_PATH: '/no/such/chrome' }
      const first = await runCliAsync(['build', '--lang', 'en', '--out', out, '--browser-endpoint', chrome.endpoint], env)
      expect(first.code, first.stderr).toBe(0)
      const pdf = path.join(out, 'kyrgyzstan', 'en', 'factsheet.pdf')
      // One or two pages, as the rows the data highlights take.
      expect(Number(pdfInfo(pdf).Pages)).toBeGreaterThanOrEqual(1)
      expect(Number(pdfInfo(pdf).Pages)).toBeLessThanOrEqual(2)
      const manifest = JSON.parse(await readFile(path.join(out, 'kyrgyzstan', 'manifest.json'), 'utf8')) as { browser: { path: string; version: string } }
      expect(manifest.browser).toMatchObject({ path: chrome.endpoint, version: expect.stringMatching(/Chrom/) })
      expect(chrome.process.exitCode).toBeNull()
      const again = await runCliAsync(['build', '--lang', 'en', '--out', out, '--browser-endpoint', chrome.endpoint], env)
      expect(again.code, again.stderr).toBe(0)
      expect(again.stderr).toContain('nothing to do')
    } finally {
      chrome.stop()
    }
  }, 180_000)

  it('says so when nothing listens at the endpoint', async () => {
    const run = await runCliAsync(['build', '--lang', 'en', '--out', await tempDir(), '--browser-endpoint', 'ws://127.0.0.1:9/devtools/browser/none'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('Could not connect to the browser at ws://127.0.0.1:9/devtools/browser/none')
  })
})
