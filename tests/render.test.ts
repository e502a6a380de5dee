import { describe, expect, it } from 'vitest'
import { loadCatalog } from '../pipeline/i18n.ts'
import { contentSecurityPolicy, jsonForScript, scriptHash } from '../pipeline/lib/html.ts'
import { loadDataset } from '../pipeline/load.ts'
import { buildModel } from '../pipeline/stages/model.ts'
import { loadTemplates, renderFactsheet } from '../pipeline/stages/render.ts'
import { buildView, type DocumentKind } from '../pipeline/stages/view.ts'
import { copyOfDefaultDataset, editTable } from './helpers/dataset-copy.ts'

/** The sheet fixture: a small copy of the default dataset whose rows carry highlight and verified. */
const SHEET_FIXTURE = 'tests/fixtures/sheet'

async function render(dir = SHEET_FIXTURE, kind: DocumentKind = 'factsheet') {
  const loaded = await loadDataset(dir)
  const view = buildView(buildModel(loaded.dataset.tables, loaded.reference, 'en'), loaded.dataset.pkg, loaded.asOf, await loadCatalog('en'), kind)
  return { view, html: renderFactsheet(view, await loadTemplates()) }
}

describe('view of the default dataset', () => {
  it('states 10–12 key facts from the tables, each a number or years with its sources', async () => {
    const { view } = await render('sources/kyrgyzstan')
    const facts = view.keyFacts.map((f) => `${f.value} | ${f.label}`)
    // The typography binds day and month, and a number to the next word, with no-break spaces (U+00A0).
    expect(facts[0]).toBe('1992 | Member of the United Nations since 2\u00a0March 1992')
    expect(facts).toContain('2027–2028 | Non-permanent member of the Security Council, elected 3\u00a0June 2026\u00a0with 142\u00a0votes')
    expect(facts).toContain('2009 | Depositary of the Treaty on a Nuclear-Weapon-Free Zone in Central Asia, in force since 21\u00a0March 2009')
    expect(view.keyFacts.length).toBeGreaterThanOrEqual(10)
    expect(view.keyFacts.length).toBeLessThanOrEqual(12)
    for (const fact of view.keyFacts) {
      expect(fact.value, fact.label).toMatch(/^[\d–%,.\s\u00a0]+$/)
      expect(fact.refs.length, fact.label).toBeGreaterThan(0)
    }
  })

  it('marks terms by the as-of date: the 2016-2018 Human Rights Council term is past, the Security Council seat is elected', async () => {
    const { view } = await render('sources/kyrgyzstan', 'briefing-pack')
    const state = (id: string) => view.memberships.find((m) => m.id === id)?.state
    expect(state('HRC_2016_2018')).toBe('past')
    expect(state('UNSC_2027_2028')).toBe('elected')
    expect(state('CND_2026_2029')).toBe('current')
  })

  it('prints only verified rows, and a seat held in a personal capacity apart from the terms of the state', async () => {
    const { view } = await render('sources/kyrgyzstan', 'briefing-pack')
    expect(view.memberships.some((m) => m.id === 'GA_GC_UNKNOWN')).toBe(false)
    expect(view.resolutions.every((r) => r.verified)).toBe(true)
    expect(view.memberships.some((m) => m.body.id === 'ITU_RRB')).toBe(false)
    expect(view.personalSeats.map((m) => m.id)).toEqual(['ITU_RRB_2011_2014'])
  })

  it('numbers sources in reading order, each once, with publisher and title, links only https URLs, short links within 40 and 70 characters', async () => {
    const { view } = await render('sources/kyrgyzstan')
    expect(view.sources.map((s) => s.n)).toEqual(view.sources.map((_, i) => i + 1))
    expect(new Set(view.sources.map((s) => s.id)).size).toBe(view.sources.length)
    for (const source of view.sources) {
      expect(source.publisher).not.toBe('')
      expect(source.title).not.toBe('')
      if (source.href) expect(source.href).toMatch(/^https:\/\/\S+$/)
      expect(source.shortLink?.length ?? 0).toBeLessThanOrEqual(40)
      expect(source.link?.length ?? 0).toBeLessThanOrEqual(70)
      expect(source.shortLink ?? '').not.toMatch(/^https?:/)
    }
    const un = view.sources.find((s) => s.id === 'a-res-77-172')
    // The sheet numbers only what its printed rows cite, a part of what the pack lists; its fit on two
    // pages is measured in the PDF (sheet-print.test.ts).
    const pack = (await render('sources/kyrgyzstan', 'briefing-pack')).view.sources.map((s) => s.id)
    expect(view.sources.map((s) => s.id).filter((id) => !pack.includes(id))).toEqual([])
    expect(view.sources.length).toBeLessThan(pack.length / 2)
    expect(un).toMatchObject({ publisher: 'United Nations General Assembly', title: 'Sustainable mountain development', date: '14 December 2022', href: 'https://undocs.org/A/RES/77/172', shortLink: 'undocs.org/A/RES/77/172' })
    expect(view.sourcePublishers.map((p) => p.publisher)).toContain('Ministry of Foreign Affairs of the Kyrgyz Republic')
    expect(view.sourcePublishers.flatMap((p) => p.refs).sort((a, b) => a - b)).toEqual(view.sources.map((s) => s.n))
  })

  it('gives Russian readers the Russian UN text and titles, and marks rows resting on the Ministry\'s own page', async () => {
    const loaded = await loadDataset('sources/kyrgyzstan')
    const view = buildView(buildModel(loaded.dataset.tables, loaded.reference, 'ru'), loaded.dataset.pkg, loaded.asOf, await loadCatalog('ru'), 'briefing-pack')
    expect(view.sources.find((s) => s.id === 'a-res-77-172')).toMatchObject({ title: 'Устойчивое горное развитие', href: 'https://undocs.org/ru/A/RES/77/172', publisher: 'Генеральная Ассамблея ООН' })
    expect(view.cooperation.find((c) => c.id === 'C_UN_ROLE')?.ministryStatement).toBe(true)
    expect(view.cooperation.find((c) => c.id === 'C_MOUNTAINS')?.ministryStatement).toBe(false)
  })

  it('builds every chart for the pack and two for the sheet, each with a text alternative and a data table', async () => {
    const pack = (await render('sources/kyrgyzstan', 'briefing-pack')).view
    expect(Object.keys(pack.charts).sort()).toEqual(['chart-ga-by-session', 'chart-missions', 'chart-personnel', 'chart-terms', 'chart-votes-agreement', 'chart-votes-issues'])
    const { view } = await render()
    expect(Object.keys(view.charts).sort()).toEqual(['chart-missions', 'chart-terms'])
    for (const chart of Object.values(view.charts)) {
      expect(chart.alt.length).toBeGreaterThan(30)
      expect(chart.sourceLine).toMatch(/^Data: /)
      expect(chart.table.rows.length).toBeGreaterThan(2)
    }
  })
})

describe('rendered HTML', () => {
  it('is one self-contained document: Chart.js, data and styles inline, nothing loaded from elsewhere', async () => {
    const { html } = await render()
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/)
    expect(html).not.toMatch(/<(?:script|link|img|iframe)[^>]+(?:src|href)=/i)
    expect(html).not.toContain('sourceMappingURL')
    expect(html.match(/<canvas /g)).toHaveLength(2)
    expect(html).toContain('window.__chartsReady')
  })

  it('allows only its own scripts, by hash', async () => {
    const { html } = await render()
    // The browser decodes the attribute's character references before it reads the policy.
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replace(/&#x27;/g, "'").replace(/&#x3D;/g, '=')
    expect(csp).toContain("default-src 'none'")
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!)
    expect(inline).toHaveLength(2)
    for (const script of inline) expect(csp).toContain(scriptHash(script))
  })

  it('prints cells as text: markup, Handlebars syntax and prototype keys from a CSV do not run', async () => {
    // Rows the sheet prints: a highlighted resolution and the treaty.
    const dir = await copyOfDefaultDataset()
    await editTable(dir, 'resolutions.csv', 'International Year of Sustainable Mountain Development, 2022', '<script>alert(1)</script> {{pkg.title}} <img src=x onerror=alert(2)> __proto__')
    await editTable(dir, 'treaties.csv', 'Semipalatinsk', '</script><script>alert(3)</script>')
    const { html } = await render(dir)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; {{pkg.title}} &lt;img src&#x3D;x onerror&#x3D;alert(2)&gt; __proto__')
    expect(html).not.toContain('<script>alert')
    expect(html).not.toContain('<img src=x')
  })

  it('escapes JSON for a script element', () => {
    expect(jsonForScript({ a: '</script><!--&\u2028' })).toBe('{"a":"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028"}')
    expect(contentSecurityPolicy(['x'])).toContain("script-src 'sha256-")
  })
})
