import { describe, expect, it } from 'vitest'
import { refRanges } from '../templates/helpers.ts'
import { loadCatalog } from '../pipeline/i18n.ts'
import { loadDataset } from '../pipeline/load.ts'
import { buildModel } from '../pipeline/stages/model.ts'
import { loadTemplates, renderFactsheet } from '../pipeline/stages/render.ts'
import { confirmedRows, sheetRows, symbolInText } from '../pipeline/stages/select.ts'
import { buildView } from '../pipeline/stages/view.ts'

/** A copy of the default dataset whose resolutions have no highlight or verified column, and whose
 * Liberia deployment is highlighted but not verified and Commission on the Status of Women term highlighted. */
const FIXTURE = 'tests/fixtures/sheet'
const DEFAULT = 'sources/kyrgyzstan'

async function sheet(dir = FIXTURE, lang = 'en') {
  const loaded = await loadDataset(dir)
  const model = buildModel(loaded.dataset.tables, loaded.reference, lang)
  const catalog = await loadCatalog(lang)
  const view = buildView(model, loaded.dataset.pkg, loaded.asOf, catalog, 'factsheet')
  return { model, view, catalog, html: renderFactsheet(view, await loadTemplates()) }
}

/** The visible text of a rendered sheet: no markup, no scripts, no chart data. */
const visibleText = (html: string) => html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<head>[\s\S]*?<\/head>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

describe('what the sheet selects (stages/select.ts)', () => {
  it('reads highlight and verified on every curated table, absent columns as not highlighted and verified', async () => {
    const marked = (await sheet(DEFAULT)).model
    for (const table of ['milestones', 'resolutions', 'memberships', 'presence', 'deployments', 'treaties', 'cooperation'] as const) {
      expect(marked[table].some((row) => row.highlight), table).toBe(true)
      expect(marked[table].some((row) => !row.highlight), table).toBe(true)
    }
    // The fixture marks a deployment highlighted but not verified, and its resolutions have neither column.
    const { model } = await sheet()
    expect(model.deployments.find((d) => d.id === 'D_LIBERIA')).toMatchObject({ highlight: true, verified: false })
    expect(model.resolutions.length).toBeGreaterThan(0)
    expect(model.resolutions.every((r) => !r.highlight && r.verified)).toBe(true)
  })

  it('prints only highlighted rows that are verified and complete: no unverified row, no row needing a placeholder', async () => {
    const { model } = await sheet()
    const rows = sheetRows(confirmedRows(model))
    expect(rows.milestones.map((m) => m.id)).toEqual(model.milestones.filter((m) => m.highlight && m.verified).map((m) => m.id))
    expect(rows.deployments.map((d) => d.id)).not.toContain('D_LIBERIA')
    // Highlighted and verified, but its term has no end: it stays in the pack.
    expect(model.memberships.find((m) => m.id === 'CSW_2000')).toMatchObject({ highlight: true, verified: true, termEnd: null })
    expect(rows.memberships.map((m) => m.id)).not.toContain('CSW_2000')
    expect(rows.resolutions.every((r) => r.symbol !== null && r.status === 'adopted')).toBe(true)
    const plain = (await sheet(DEFAULT)).model
    expect(plain.resolutions.find((r) => r.id === 'R49_MANAS')).toMatchObject({ verified: false })
    expect(confirmedRows(plain).resolutions.map((r) => r.id)).not.toContain('R49_MANAS')
    expect(confirmedRows(plain).deployments.every((d) => d.mission !== null)).toBe(true)
  })

  it('shows nothing of a table none of whose rows is highlighted', async () => {
    const { view, html } = await sheet()
    expect(view.resolutions).toEqual([])
    expect(html).not.toContain('id="h-resolutions"')
    expect(html).toContain('id="h-treaties"')
  })

  it('links a symbol the text already names where it stands, and does not repeat it', async () => {
    expect(symbolInText('admitted by General Assembly resolution 46/225', 'A/RES/46/225')).toEqual({ before: 'admitted by General Assembly resolution ', after: '' })
    expect(symbolInText('(document A/59/238) requested', 'A/59/238')).toEqual({ before: '(document ', after: ') requested' })
    expect(symbolInText('The Games are held', 'A/RES/71/249')).toBeNull()
    const { html } = await sheet()
    expect(html).not.toMatch(/46\/225<\/a>\s*\(<a/)
    expect(visibleText(html)).not.toMatch(/46\/225\s*\(46\/225\)/)
  })

  it('writes runs of source numbers as ranges', () => {
    expect(refRanges([15, 2, 3, 4, 5, 18, 7, 8])).toBe('2–5, 7, 8, 15, 18')
    expect(refRanges([1])).toBe('1')
  })
})

describe('the sheet in each language', () => {
  for (const lang of ['en', 'ru', 'ky']) {
    it(`${lang}: 10–12 key facts with sources, 6–8 milestones, 2–3 charts, and no placeholder or internal word`, async () => {
      const { view, html, catalog } = await sheet(FIXTURE, lang)
      expect(view.keyFacts.length).toBeGreaterThanOrEqual(10)
      expect(view.keyFacts.length).toBeLessThanOrEqual(12)
      for (const fact of view.keyFacts) expect(fact.refs.length, fact.label).toBeGreaterThan(0)
      expect(view.milestones.length).toBeGreaterThanOrEqual(6)
      expect(view.milestones.length).toBeLessThanOrEqual(8)
      expect(html.match(/<canvas /g)?.length).toBeGreaterThanOrEqual(2)
      expect(html.match(/<canvas /g)?.length).toBeLessThanOrEqual(3)
      // The missions fact, the missions chart and its table count the same missions.
      const missions = view.charts['chart-missions']!.table.rows.length
      expect(view.keyFacts.some((f) => f.value === String(missions) && f.label === catalog.t('factMissions', { count: missions }))).toBe(true)
      const text = visibleText(html)
      for (const key of ['noSymbol', 'stateUnknown', 'missionUnknown', 'gaNotFound', 'divisiveVotes']) expect(text, key).not.toContain(catalog.t(key, { country: view.text.country }))
      // Personnel are yearly means, so no "peak n" beside a mission.
      expect(text).not.toMatch(new RegExp(catalog.t('peakPersonnel', { n: 0 }).replace('0', '\\d+')))
      expect(text).not.toMatch(/official title not seen|seed|dataset/i)
    })
  }

  it('writes the depositary as a label with a year, grammatical in Russian and Kyrgyz', async () => {
    const label = async (lang: string) => (await sheet(FIXTURE, lang)).view.keyFacts.find((f) => f.label.includes(lang === 'en' ? 'Depositary' : 'депозитарий'))
    // The typography binds day and month, and short words to the next, with no-break spaces (U+00A0);
    // Kyrgyz joins a number to its suffix with a no-break hyphen (U+2011).
    expect(await label('en')).toMatchObject({ value: '2009', label: 'Depositary of the Treaty on a Nuclear-Weapon-Free Zone in Central Asia, in force since 21\u00a0March 2009' })
    expect((await label('ru'))?.label).toBe('Договор о\u00a0зоне, свободной от ядерного оружия, в\u00a0Центральной Азии (в\u00a0силе с\u00a021\u00a0марта 2009\u00a0года): депозитарий\u00a0— Кыргызская Республика')
    expect((await label('ky'))?.label).toBe('Борбордук Азияда ядролук куралдан эркин аймак жөнүндө келишим (2009\u2011жылдын\u00a021\u2011мартынан бери күчүндө): депозитарийи\u00a0— Кыргыз Республикасы')
  })
})
