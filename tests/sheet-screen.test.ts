import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, type LaunchedBrowser } from '../pipeline/lib/browser.ts'
import { runCli, tempDir } from './helpers/fixtures.ts'

const LANGS = ['en', 'ru', 'ky']

/** What a reader sees at this width: elements past the screen's edge, text under a size, the page's own width. */
interface ScreenReport {
  readonly scrollWidth: number
  readonly wide: readonly string[]
  readonly small: readonly string[]
  readonly bodyPx: number
  readonly columnPx: number
}

async function look(page: Page, width: number, minTextPx: number): Promise<ScreenReport> {
  await page.setViewport({ width, height: 900 })
  return page.evaluate((min) => {
    const name = (e: Element) => `${e.tagName.toLowerCase()}.${e.className}: ${(e.textContent ?? '').trim().slice(0, 40)}`
    // Hidden on purpose: screen-reader headings, the content of closed chart-data details.
    const seen = (e: Element) => !e.closest('.visually-hidden, details:not([open]) > :not(summary), script, style, head')
    const all = [...document.body.querySelectorAll('*')].filter(seen)
    const wide = all.filter((e) => {
      const box = e.getBoundingClientRect()
      return box.width > 0 && (box.right > window.innerWidth + 0.5 || box.left < -0.5)
    })
    const texts = all.filter((e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim()) && e.getBoundingClientRect().width > 0)
    const small = texts.filter((e) => parseFloat(getComputedStyle(e).fontSize) < min)
    return {
      scrollWidth: document.documentElement.scrollWidth,
      wide: wide.map(name),
      small: small.map((e) => `${name(e)} (${getComputedStyle(e).fontSize})`),
      bodyPx: parseFloat(getComputedStyle(document.body).fontSize),
      columnPx: document.querySelector('main')!.getBoundingClientRect().width,
    }
  }, minTextPx)
}

describe('the fact sheet on a screen (Chromium)', () => {
  let out: string
  let launched: LaunchedBrowser
  let page: Page

  beforeAll(async () => {
    out = await tempDir('factsheet-screen-')
    // The default dataset: its highlighted rows fill every part of the sheet.
    const run = runCli(['build', '--out', out, '--format', 'html', '--quiet'])
    expect(run.code, run.stderr).toBe(0)
    launched = await launchBrowser()
    page = await launched.browser.newPage()
  })

  afterAll(async () => {
    await launched?.close()
  })

  const open = async (lang: string) => {
    await page.setContent(readFileSync(path.join(out, 'kyrgyzstan', lang, 'factsheet.html'), 'utf8'), { waitUntil: 'load' })
    await page.evaluate('window.__chartsReady')
  }

  for (const lang of LANGS) {
    it(`${lang} at 390 px: nothing wider than the screen, no horizontal scroll, text at 11 px or more`, async () => {
      await open(lang)
      const report = await look(page, 390, 11)
      expect(report.wide).toEqual([])
      expect(report.scrollWidth).toBeLessThanOrEqual(390)
      expect(report.small).toEqual([])
    })

    it(`${lang} at 1280 px: a 16 px body in a column that leaves margins`, async () => {
      await open(lang)
      const report = await look(page, 1280, 12)
      expect(report.bodyPx).toBe(16)
      expect(report.columnPx).toBeLessThanOrEqual(1000)
      expect(report.wide).toEqual([])
      expect(report.small).toEqual([])
    })
  }
})
