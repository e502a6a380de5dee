import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'puppeteer-core'
import { loadCatalog } from '../pipeline/i18n.ts'
import { launchBrowser, type LaunchedBrowser } from '../pipeline/lib/browser.ts'
import { loadDataset } from '../pipeline/load.ts'
import { buildModel } from '../pipeline/stages/model.ts'
import { loadTemplates, renderBriefingPack, renderFactsheet } from '../pipeline/stages/render.ts'
import { SHEET_CHARTS } from '../pipeline/stages/select.ts'
import { buildView } from '../pipeline/stages/view.ts'
import { palette } from '../templates/charts/palette.ts'

/** The sheet and the pack of the default dataset in a language, as the build writes them. */
async function documents(lang: string): Promise<Record<string, string>> {
  const loaded = await loadDataset('sources/kyrgyzstan')
  const catalog = await loadCatalog(lang)
  const model = buildModel(loaded.dataset.tables, loaded.reference, lang)
  const templates = await loadTemplates()
  const view = (kind: 'factsheet' | 'briefing-pack') => buildView(model, loaded.dataset.pkg, loaded.asOf, catalog, kind)
  return { [`${lang} sheet`]: renderFactsheet(view('factsheet'), templates), [`${lang} pack`]: renderBriefingPack(view('briefing-pack'), templates) }
}

/** The charts each document draws: the sheet its two (terms and missions), the pack every chart. */
const PACK_CHARTS = ['chart-ga-by-session', 'chart-terms', 'chart-missions', 'chart-personnel', 'chart-votes-issues', 'chart-votes-agreement']
const chartsOf = (doc: string) => [...(doc.endsWith('sheet') ? SHEET_CHARTS : PACK_CHARTS)].sort()

describe('charts in Chromium', () => {
  let launched: LaunchedBrowser
  let docs: Record<string, string>
  beforeAll(async () => {
    launched = await launchBrowser()
    docs = Object.assign({}, ...(await Promise.all(['en', 'ru', 'ky'].map(documents))))
  }, 60_000)
  afterAll(async () => launched?.close())

  async function open(html: string, width: number): Promise<Page> {
    const page = await launched.browser.newPage()
    await page.setViewport({ width, height: 900 })
    await page.setContent(html, { waitUntil: 'load' })
    await page.evaluate('window.__chartsReady')
    return page
  }

  it('shows the personnel colour inside every mandate with Kyrgyz personnel, and only there', async () => {
    for (const doc of ['en sheet', 'en pack', 'ky pack']) {
      const page = await open(docs[doc]!, 1280)
      const rows = (await page.evaluate((rgb: number[]) => {
        const chart = (window as unknown as { Chart: { getChart(id: string): any } }).Chart.getChart('chart-missions')
        const g = chart.canvas.getContext('2d')
        const ratio = chart.currentDevicePixelRatio
        const [personnel, mandates] = chart.data.datasets
        const labels: string[] = chart.scales.y.getLabels()
        return mandates.data.map((m: { y: string; x: [number, number] }) => {
          const y = Math.round(chart.scales.y.getPixelForValue(labels.indexOf(m.y)) * ratio)
          const x0 = Math.ceil(chart.scales.x.getPixelForValue(m.x[0]) * ratio)
          const x1 = Math.floor(chart.scales.x.getPixelForValue(m.x[1]) * ratio)
          const pixels = g.getImageData(x0, y, Math.max(1, x1 - x0), 1).data
          let hits = 0
          for (let i = 0; i < pixels.length; i += 4) if ([0, 1, 2].every((c) => Math.abs(pixels[i + c] - rgb[c]!) <= 12)) hits++
          return { row: m.y, served: personnel.data.some((p: { y: string }) => p.y === m.y), hits }
        })
      }, [0xd5, 0x5e, 0x00])) as { row: string; served: boolean; hits: number }[]
      expect(palette.vermillion).toBe('#D55E00')
      expect(rows.filter((r) => r.served).length, doc).toBeGreaterThanOrEqual(8)
      for (const r of rows) expect(r.hits > 0, `${doc}: ${r.row}`).toBe(r.served)
      await page.close()
    }
  }, 60_000)

  it('draws each chart at its own size on a wide screen, labels at 10 px: never scaled down with the page', async () => {
    for (const doc of ['en sheet', 'ru pack']) {
      const page = await open(docs[doc]!, 1280)
      const charts = (await page.evaluate(() =>
        [...document.querySelectorAll('figure.chart canvas')].map((c) => {
          const chart = (window as unknown as { Chart: { getChart(c: Element): any } }).Chart.getChart(c)
          return { id: c.id, css: (c as HTMLElement).clientWidth, drawn: chart.width, font: chart.options.scales.x.ticks.font.size, parent: c.parentElement!.clientWidth }
        }),
      )) as { id: string; css: number; drawn: number; font: number; parent: number }[]
      expect(charts.map((c) => c.id).sort(), doc).toEqual(chartsOf(doc))
      for (const c of charts) {
        expect(c.css, `${doc} ${c.id}`).toBe(c.drawn)
        expect(c.drawn, `${doc} ${c.id}`).toBeLessThanOrEqual(c.parent)
        expect(c.font, `${doc} ${c.id}`).toBeGreaterThanOrEqual(10)
      }
      await page.close()
    }
  }, 60_000)

  it('replaces each chart by its data table at 390 px, set at 11 px or more and inside the screen', async () => {
    for (const [doc, html] of Object.entries(docs)) {
      const page = await open(html, 390)
      const figures = (await page.evaluate(() =>
        [...document.querySelectorAll('figure.chart')].map((f) => {
          const canvas = f.querySelector('canvas')!
          const details = f.querySelector('details')!
          const texts = [...f.querySelectorAll('figcaption, summary, td, th, .chart-note, .chart-source')].filter((e) => (e as HTMLElement).offsetParent !== null)
          return {
            id: canvas.id,
            canvasShown: getComputedStyle(canvas).display !== 'none',
            open: details.open,
            tableHeight: (f.querySelector('table') as HTMLElement).offsetHeight,
            smallest: Math.min(...texts.map((e) => parseFloat(getComputedStyle(e).fontSize))),
            right: f.getBoundingClientRect().right,
          }
        }),
      )) as { id: string; canvasShown: boolean; open: boolean; tableHeight: number; smallest: number; right: number }[]
      expect(figures.map((f) => f.id).sort(), doc).toEqual(chartsOf(doc))
      for (const f of figures) {
        expect(f, `${doc} ${f.id}`).toMatchObject({ canvasShown: false, open: true })
        expect(f.tableHeight, `${doc} ${f.id}`).toBeGreaterThan(0)
        expect(f.smallest, `${doc} ${f.id}`).toBeGreaterThanOrEqual(11)
        expect(f.right, `${doc} ${f.id}`).toBeLessThanOrEqual(390)
      }
      await page.close()
    }
  }, 120_000)
})
