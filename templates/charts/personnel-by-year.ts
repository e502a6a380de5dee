import type { PersonnelYear } from '../../pipeline/model.ts'
import type { PartialDate } from '../../pipeline/types.ts'
import { chartFont, palette } from './palette.ts'
import type { ChartSource, ChartSpec, Label } from './types.ts'
import { sourceLine } from './types.ts'

/** Missions drawn on their own; the rest are summed as "other", so that grey print still tells each stack layer apart. */
const OWN_SERIES = 4
/** Dark solid, light solid, middle hatched, light hatched, then the lightest solid for "other": apart in grey as in colour. */
const LAYERS = [
  { colour: palette.blue, pattern: null },
  { colour: palette.orange, pattern: null },
  { colour: palette.vermillion, pattern: 'hatch' },
  { colour: palette.sky, pattern: 'hatch' },
] as const
const OTHER = { colour: '#D9D9D9', pattern: null }

export interface PersonnelInput {
  readonly rows: readonly PersonnelYear[]
  /** Last month the figures cover; a last year that ends before December is a partial year and is not drawn as one. */
  readonly through: PartialDate | null
  readonly source: ChartSource
}

/** Personnel per year, stacked by mission: the largest four by total and "other"; a year without figures stays an empty slot. */
export function personnelByYear(input: PersonnelInput, label: Label): ChartSpec | null {
  const { rows, through } = input
  if (rows.length === 0) return null
  const partialYear = through && through.precision !== 'year' && (through.month ?? 12) < 12 ? through.year : null
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b)
  const drawn = years.filter((y) => y !== partialYear)
  const first = drawn[0] ?? years[0]!
  const last = drawn.at(-1) ?? first
  const slots = Array.from({ length: last - first + 1 }, (_, i) => first + i)
  const missions = [...new Map(rows.map((r) => [r.mission.id, r.mission])).values()]
  const total = (id: string) => rows.filter((r) => r.mission.id === id).reduce((n, r) => n + r.personnel, 0)
  const ranked = [...missions].sort((a, b) => total(b.id) - total(a.id) || a.id.localeCompare(b.id))
  const own = ranked.slice(0, OWN_SERIES)
  const rest = ranked.filter((m) => !own.includes(m))
  const name = (m: PersonnelYear['mission']) => m.acronym ?? m.shortName ?? m.name
  const sum = (year: number, ids: readonly string[]) => {
    const hits = rows.filter((r) => r.year === year && ids.includes(r.mission.id))
    return years.includes(year) ? hits.reduce((n, r) => n + r.personnel, 0) : null
  }
  const series = [
    ...own.map((m, i) => ({ label: name(m), ids: [m.id], ...LAYERS[i % LAYERS.length]! })),
    ...(rest.length > 0 ? [{ label: label('seriesOther'), ids: rest.map((m) => m.id), ...OTHER }] : []),
  ]
  const cell = (year: number, id: string) => rows.find((r) => r.year === year && r.mission.id === id)?.personnel ?? 0
  return {
    id: 'chart-personnel',
    title: label('chartPersonnelTitle'),
    alt: label('chartPersonnelAlt', { first, last, count: missions.length }),
    sourceLine: sourceLine(label, input.source, first, last),
    ...(partialYear !== null ? { note: label('chartPersonnelPartialYear', { year: partialYear, months: through?.month ?? 12 }) } : {}),
    width: 700,
    height: 210,
    config: {
      type: 'bar',
      data: {
        labels: slots.map(String),
        // The first dataset is the bottom of the stack: the largest mission sits on the axis.
        // Bars wide enough for a mission's acronym inside them, so the segments can be labelled directly.
        datasets: series.map((s) => ({ label: s.label, data: slots.map((y) => sum(y, s.ids)), backgroundColor: s.colour, borderColor: '#ffffff', borderWidth: 0.5, barPercentage: 0.92, categoryPercentage: 0.9, pattern: s.pattern })),
      },
      options: {
        // Listed top-down as the stack is built bottom-up, so the legend reads like the bars.
        plugins: { legend: { position: 'right', reverse: true, labels: { boxWidth: 10, font: chartFont } } },
        scales: {
          x: { stacked: true, grid: { display: false }, ticks: { font: chartFont } },
          y: { stacked: true, beginAtZero: true, title: { display: true, text: label('axisPersonsYearlyMean'), font: chartFont }, ticks: { precision: 0, font: chartFont }, grid: { color: '#E4E4E4' } },
        },
      },
    },
    overlay: { segmentLabels: true },
    table: {
      head: [label('colYear'), ...ranked.map(name)],
      rows: years.map((y) => [y === partialYear && through ? label('chartPartialYearCell', { year: y, months: through.month ?? 12 }) : y, ...ranked.map((m) => cell(y, m.id))]),
    },
  }
}
