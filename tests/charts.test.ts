import { describe, expect, it } from 'vitest'
import { loadCatalog } from '../pipeline/i18n.ts'
import { parseIsoDate, yearFraction } from '../pipeline/lib/dates.ts'
import { loadDataset } from '../pipeline/load.ts'
import type { Membership } from '../pipeline/model.ts'
import { buildModel } from '../pipeline/stages/model.ts'
import { buildView } from '../pipeline/stages/view.ts'
import { chartSource } from '../templates/charts/chart-source.ts'
import { gaByTheme } from '../templates/charts/ga-by-theme.ts'
import { missionsTimeline } from '../templates/charts/missions-timeline.ts'
import { palette } from '../templates/charts/palette.ts'
import { personnelByYear } from '../templates/charts/personnel-by-year.ts'
import { roleStylesheet, ROLE_COLOURS } from '../templates/charts/roles.ts'
import { termsTimeline } from '../templates/charts/terms-timeline.ts'
import { wrapLabel } from '../templates/charts/timeline.ts'
import type { ChartSpec } from '../templates/charts/types.ts'
import { votesByIssue } from '../templates/charts/votes.ts'

interface Dataset { label: string; data: unknown[]; order?: number; spanGaps?: boolean; backgroundColor?: string }
interface Config { type: string; data: { labels?: string[]; datasets: Dataset[] }; options: { scales: Record<string, { type?: string; min?: number; max?: number; ticks?: { stepSize?: number }; title?: { text: string } }>; plugins: { legend: { reverse?: boolean } } } }
const config = (chart: ChartSpec) => chart.config as Config
const spans = (d: Dataset, row: string) => (d.data as { y: string; x: [number, number] }[]).filter((p) => p.y === row).map((p) => p.x)
/** The last month the personnel figures cover, as the datapackage's `coverage` gives it. */
const THROUGH = parseIsoDate('2021-01', true)

async function views(lang = 'en') {
  const loaded = await loadDataset('sources/kyrgyzstan')
  const catalog = await loadCatalog(lang)
  const model = buildModel(loaded.dataset.tables, loaded.reference, lang)
  return {
    model,
    catalog,
    asOf: loaded.asOf,
    sheet: buildView(model, loaded.dataset.pkg, loaded.asOf, catalog, 'factsheet'),
    pack: buildView(model, loaded.dataset.pkg, loaded.asOf, catalog, 'briefing-pack'),
  }
}

describe('the peacekeeping chart', () => {
  it('draws personnel over the mandates, cut to the mandate and to the last yearly figure', async () => {
    const chart = (await views()).pack.charts['chart-missions']!
    const [personnel, mandates] = config(chart).data.datasets as [Dataset, Dataset]
    // Chart.js draws the dataset of lowest order last, on top.
    expect(personnel.order).toBeLessThan(mandates.order!)
    expect(personnel.backgroundColor).toBe(palette.vermillion)
    // UNMIS closed on 9 July 2011: its 2011 personnel end there, not at the end of the year.
    expect(spans(personnel, 'UNMIS')).toEqual([[2011, expect.closeTo(yearFraction(Date.UTC(2011, 6, 10)), 4)]])
    // UNMISS opened on 9 July 2011; its last yearly figure is 2020 (the 2021 mean of one month was an artefact).
    expect(spans(personnel, 'UNMISS')).toEqual([[expect.closeTo(yearFraction(Date.UTC(2011, 6, 9)), 4), 2021]])
    // UNISFA had personnel in 2013–2016 and 2020: two bars with a gap.
    expect(spans(personnel, 'UNISFA')).toHaveLength(2)
    for (const row of ['UNMIS', 'UNMISS', 'UNISFA', 'UNAMID']) {
      const [mandate] = spans(mandates, row)
      for (const [from, to] of spans(personnel, row)) expect(from >= mandate![0] && to <= mandate![1], row).toBe(true)
    }
  })

  it('ends the personnel of a year the figures cover in part with the last month covered', async () => {
    const { model, asOf, catalog } = await views()
    const deployments = model.deployments.filter((d) => d.verified)
    const rows = model.personnel.filter((r) => r.verified)
    const last = rows.filter((r) => r.mission.acronym === 'UNMISS').at(-1)!
    const input = { deployments, personnel: [...rows, { ...last, year: 2021 }], personnelThrough: THROUGH, asOf, source: { publisher: 'United Nations' } }
    const [personnel] = config(missionsTimeline(input, catalog.t, 'en')!).data.datasets as [Dataset]
    expect(spans(personnel, 'UNMISS')).toEqual([[expect.closeTo(yearFraction(Date.UTC(2011, 6, 9)), 4), expect.closeTo(yearFraction(Date.UTC(2021, 1, 1)), 4)]])
  })

  it('ticks every four years on round years and marks the as-of date', async () => {
    const { pack, asOf } = await views()
    const chart = pack.charts['chart-missions']!
    const x = config(chart).options.scales.x!
    expect(x.ticks?.stepSize).toBe(4)
    expect(x.min! % 4).toBe(0)
    expect(x.max! % 4).toBe(0)
    expect(chart.overlay?.marker?.label).toBe('November 2026')
    expect(Math.floor(chart.overlay!.marker!.x)).toBe(asOf.year)
    // From UNMIK's mandate (June 1999), the earliest of the deployments drawn, to the as-of year.
    expect(chart.sourceLine).toMatch(/^Data: United Nations.*, 1999–2026\. Personnel: .*, 2011–January 2021\.$/)
    expect(JSON.stringify(chart)).not.toMatch(/peak/i)
  })
})

describe('personnel by year and mission', () => {
  it('stacks at most four missions and "other", lists them as stacked, titles the unit, and leaves out the partial year', async () => {
    const chart = (await views()).pack.charts['chart-personnel']!
    const c = config(chart)
    expect(c.data.datasets.length).toBeLessThanOrEqual(5)
    expect(c.data.datasets.at(-1)!.label).toBe('other')
    expect(c.options.plugins.legend.reverse).toBe(true)
    expect(c.options.scales.y!.title?.text).toBe('persons, yearly mean')
    expect(c.data.labels).not.toContain('2021')
    expect(chart.note).toContain('2021\u00a0is not drawn')
    // Every mission keeps its own column in the table.
    expect(chart.table.head).toHaveLength(1 + 8)
    expect(chart.table.rows.at(-1)![0]).toBe(2020)
  })

  it('lists a year the figures cover in part in the table, marked with its months, and does not draw it', async () => {
    const { model, catalog } = await views()
    const rows = model.personnel.filter((r) => r.verified)
    const chart = personnelByYear({ rows: [...rows, { ...rows.at(-1)!, year: 2021 }], through: THROUGH, source: { publisher: 'United Nations' } }, catalog.t)!
    expect(config(chart).data.labels).not.toContain('2021')
    expect(chart.table.rows.at(-1)![0]).toBe('2021 (one month)')
  })
})

describe('the voting charts', () => {
  it('sort the issues by share of yes, name them as the UN does, and give each its number of votes', async () => {
    const chart = (await views()).pack.charts['chart-votes-issues']!
    const yes = config(chart).data.datasets[0]!.data as number[]
    expect([...yes].sort((a, b) => b - a)).toEqual(yes)
    expect(chart.table.rows.map((r) => r[0])).toContain('Question of Palestine, situation in the Middle East')
    expect(chart.overlay?.barNotes).toEqual(chart.table.rows.map((r) => `(n\u00a0=\u00a0${r[1]})`))
    expect(chart.overlay?.tickSuffix).toEqual({ axis: 'x', text: '%' })
    // The pack's full-width chart names each issue in full, wrapped; the half-width one in a few words.
    const labels = config(chart).data.labels!
    expect(labels.map((l) => l.replace(/\n/g, ' '))).toEqual(chart.table.rows.map((r) => r[0]))
    for (const label of labels) for (const line of label.split('\n')) expect(line.length).toBeLessThanOrEqual(56)
    const { model, catalog } = await views()
    const half = votesByIssue(model.votes!, 'Kyrgyzstan', { publisher: 'United Nations' }, catalog.t, 'half')
    expect(config(half).data.labels).toContain('Palestine, Middle East')
    for (const label of config(half).data.labels!) for (const line of label.split('\n')) expect(line.length).toBeLessThanOrEqual(26)
  })

  it('put agreement on a time axis that breaks at the years without votes, and explain the gaps', async () => {
    const { pack } = await views()
    const chart = pack.charts['chart-votes-agreement']!
    const c = config(chart)
    expect(c.options.scales.x!.type).toBe('linear')
    for (const d of c.data.datasets) {
      expect(d.spanGaps).toBe(false)
      const points = d.data as { x: number; y: number | null }[]
      expect(points.filter((p) => p.y === null).map((p) => p.x)).toEqual([1999, 2001])
    }
    expect(chart.note).toBe('No vote of the country is recorded in the data for 1999, 2001; the lines break there.')
    expect(chart.overlay?.lineEndLabels).toBe(true)
  })
})

describe('the General Assembly chart', () => {
  it('draws only resolutions with a symbol, by theme in at most five rows, and not the admission', async () => {
    const { pack, model } = await views()
    const chart = pack.charts['chart-ga-by-session']!
    const c = config(chart)
    const drawn = c.data.datasets.flatMap((d) => d.data)
    const checkable = model.resolutions.filter((r) => r.verified && r.symbol && r.status === 'adopted' && r.kyrgyzRole !== 'subject')
    expect(drawn).toHaveLength(checkable.length)
    // Every role has its marks: a co-led resolution (74/227) is drawn as well as listed.
    expect(c.data.datasets.map((d) => d.label)).toContain('co-lead')
    expect(chart.table.rows.map((r) => r[1])).not.toContain('A/RES/46/225')
    expect((c.options.scales.y as unknown as { labels: string[] }).labels.length).toBeLessThanOrEqual(5)
    // Every confirmed resolution has its symbol: nothing is left undrawn but the admission, so no note.
    expect(chart.note).toBeUndefined()
    expect(chart.sourceLine).toBe('Data: United Nations, 1998–2026.')
    const withoutSymbol = { ...checkable[0]!, id: 'R_NO_SYMBOL', symbol: null }
    const noted = gaByTheme([...checkable, withoutSymbol], { publisher: 'United Nations' }, (await views()).catalog.t)!
    expect(config(noted).data.datasets.flatMap((d) => d.data)).toHaveLength(checkable.length)
    expect(noted.note).toMatch(/^Not drawn: 1\u00a0resolution named in the sources without a UN document symbol/)
  })
})

describe('the terms chart', () => {
  it('ends a term given to the day on that day, and names every body in full or wrapped, never cut', async () => {
    const { model, asOf, catalog } = await views()
    const hrc = model.memberships.find((m) => m.id === 'HRC_2009_2012')!
    const dated: Membership = { ...hrc, termStart: parseIsoDate('2009-06-19', true), termEnd: parseIsoDate('2012-06-18', true) }
    const chart = termsTimeline([dated], asOf, { publisher: 'United Nations' }, catalog.t, 'en')!
    const [bar] = config(chart).data.datasets[0]!.data as { x: [number, number] }[]
    expect(bar!.x[0]).toBeCloseTo(yearFraction(Date.UTC(2009, 5, 19)), 4)
    expect(bar!.x[1]).toBeCloseTo(yearFraction(Date.UTC(2012, 5, 19)), 4)
    const terms = (await views('ru')).pack.charts['chart-terms']!
    expect(terms.note).toMatch(/^На диаграмме нет ещё \d+\u00a0орган(а|ов): даты сроков полномочий неизвестны\.$/)
    const labels = config(terms).data.labels!
    expect(labels.join(' ')).not.toContain('…')
    expect(labels).toContain('Комитет ЮНЕСКО по нематериальному культурному наследию')
  })

  it('wraps a label at spaces, keeping every word', () => {
    const text = 'Intergovernmental Committee for the Safeguarding of the Intangible Cultural Heritage'
    const wrapped = wrapLabel(text, 30)
    expect(wrapped.replace(/\n/g, ' ')).toBe(text)
    for (const line of wrapped.split('\n')) expect(line.length).toBeLessThanOrEqual(30)
  })
})

describe('source lines and role colours', () => {
  it('name the publishers of the rows drawn, the UN first and other sources summed up', async () => {
    const { catalog } = await views('ru')
    const un = { publisher: 'Организация Объединенных Наций', kind: 'un-page' } as const
    const source = chartSource([{ publisher: 'Вечерний Бишкек', kind: 'press' }, un, un, null], catalog.t)
    expect(source.publisher).toBe('Организация Объединенных Наций; другие источники из списка источников')
  })

  it('name at most two other publishers when no source of the chart is a UN or government one', async () => {
    const { catalog } = await views('ru')
    const voeten = { publisher: 'Э. Вутен и др.', kind: 'other' } as const
    expect(chartSource([voeten, voeten], catalog.t).publisher).toBe('Э. Вутен и др.')
    const press = (publisher: string) => ({ publisher, kind: 'press' }) as const
    const many = chartSource([voeten, press('Вечерний Бишкек'), press('24.kg'), null], catalog.t)
    expect(many.publisher).toBe('Э. Вутен и др.; Вечерний Бишкек; другие источники из списка источников')
    expect(chartSource([voeten, null], catalog.t).publisher).toBe('Э. Вутен и др.; другие источники из списка источников')
  })

  it('give every chart its source line and period in the document language', async () => {
    for (const lang of ['en', 'ru', 'ky']) {
      const { pack } = await views(lang)
      for (const chart of Object.values(pack.charts)) expect(chart.sourceLine, `${lang} ${chart.id}`).toMatch(/^(Data|Данные|Маалыматтар): .+, \d{4}(–\d{4})?[.\s]/)
    }
  })

  it('are one set of colours for charts and badges', () => {
    const css = roleStylesheet()
    for (const [role, colour] of Object.entries(ROLE_COLOURS)) expect(css).toContain(`.role-${role} { background-color: ${colour.fill}; color: ${colour.ink}; }`)
    expect(css).toContain('.role-term-current')
  })
})
