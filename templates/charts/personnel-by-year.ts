import type { PersonnelYear } from '../../pipeline/model.ts'
import { chartFont, palette } from './palette.ts'
import type { ChartSpec } from './types.ts'

const COLOURS = [palette.blue, palette.orange, palette.green, palette.vermillion, palette.sky, palette.purple, palette.darkGrey, palette.grey]

/** Personnel per year, stacked by mission; every other series hatched so that grey print tells them apart. */
export function personnelByYear(rows: readonly PersonnelYear[], label: (key: string, values?: Record<string, string | number>) => string): ChartSpec | null {
  if (rows.length === 0) return null
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b)
  const missions = [...new Map(rows.map((r) => [r.mission.id, r.mission])).values()]
  const value = (year: number, id: string) => rows.find((r) => r.year === year && r.mission.id === id)?.personnel ?? 0
  const name = (m: PersonnelYear['mission']) => m.acronym ?? m.shortName ?? m.name
  return {
    id: 'chart-personnel',
    title: label('chartPersonnelTitle'),
    alt: label('chartPersonnelAlt', { first: years[0] ?? 0, last: years.at(-1) ?? 0, count: missions.length }),
    width: 700,
    height: 190,
    config: {
      type: 'bar',
      data: {
        labels: years.map(String),
        datasets: missions.map((m, i) => ({ label: name(m), data: years.map((y) => value(y, m.id)), backgroundColor: COLOURS[i % COLOURS.length], borderColor: '#ffffff', borderWidth: 0.5, pattern: i % 2 === 1 ? 'hatch' : null })),
      },
      options: {
        plugins: { legend: { position: 'right', labels: { boxWidth: 10, font: chartFont } } },
        scales: {
          x: { stacked: true, grid: { display: false }, ticks: { font: chartFont } },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0, font: chartFont }, grid: { color: '#E4E4E4' } },
        },
      },
    },
    table: {
      head: [label('colYear'), ...missions.map(name)],
      rows: years.map((y) => [y, ...missions.map((m) => value(y, m.id))]),
    },
  }
}
