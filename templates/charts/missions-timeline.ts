import { earliestTime, latestTime, yearFraction } from '../../pipeline/lib/dates.ts'
import { formatDate, formatTerm } from '../../pipeline/lib/format.ts'
import type { Deployment, PersonnelYear } from '../../pipeline/model.ts'
import type { PartialDate } from '../../pipeline/types.ts'
import { palette } from './palette.ts'
import { timelineChart } from './timeline.ts'
import type { ChartSize, ChartSource, ChartSpec, Label, Span } from './types.ts'
import { sourceLine, YEAR_STEP } from './types.ts'

const DAY = 86_400_000

/** What the mission chart draws besides the deployments: personnel by year and the period those figures cover. */
export interface MissionsInput {
  readonly deployments: readonly Deployment[]
  readonly personnel: readonly PersonnelYear[]
  /** Last month the personnel figures cover (January 2021 when the last year holds one month); null: the rows' last year. */
  readonly personnelThrough: PartialDate | null
  readonly asOf: PartialDate
  readonly source: ChartSource
}

const start = (d: PartialDate) => yearFraction(earliestTime(d))
const end = (d: PartialDate) => yearFraction(latestTime(d) + DAY)

/** Runs of consecutive years, as [first, last] pairs. */
export function yearRuns(years: readonly number[]): [number, number][] {
  const runs: [number, number][] = []
  for (const year of [...new Set(years)].sort((a, b) => a - b)) {
    const last = runs.at(-1)
    if (last && year === last[1] + 1) last[1] = year
    else runs.push([year, year])
  }
  return runs
}

/**
 * Kyrgyz personnel of one deployment as spans: the years with a yearly mean above zero, each run of years
 * cut to the mandate (UNMIS 2011 ends on 9 July 2011) and to the last month the figures cover. Without
 * yearly figures, the deployment's own years of service.
 */
function personnelSpans(d: Deployment, rows: readonly PersonnelYear[], through: number, label: string, now: number): Span[] {
  const mandateFrom = start(d.mandateStart)
  const mandateTo = d.mandateEnd ? end(d.mandateEnd) : now
  const years = rows.filter((r) => d.mission && r.mission.id === d.mission.id && r.personnel > 0).map((r) => r.year)
  const runs: [number, number][] = years.length > 0 ? yearRuns(years) : d.deployedFrom && d.deployedTo ? [[d.deployedFrom.year, d.deployedTo.year]] : []
  return runs
    .map(([first, last]) => ({ label, from: Math.max(first, mandateFrom), to: Math.min(last + 1, mandateTo, through) }))
    .filter((s) => s.to > s.from)
}

export function missionsTimeline(input: MissionsInput, label: Label, lang: string, size: ChartSize = 'full'): ChartSpec | null {
  const { deployments, personnel, asOf } = input
  if (deployments.length === 0) return null
  // A mission without an acronym in the document's language is named by its place, never by another language's acronym.
  const name = (d: Deployment) => d.mission?.acronym ?? d.place
  const now = start(asOf)
  const lastPersonnelYear = Math.max(...personnel.map((r) => r.year), ...deployments.flatMap((d) => (d.deployedTo ? [d.deployedTo.year] : [])))
  const through = input.personnelThrough ? end(input.personnelThrough) : lastPersonnelYear + 1
  const first = Math.min(...deployments.map((d) => d.mandateStart.year))
  const month = (d: PartialDate) => formatDate({ ...d, day: null, precision: d.precision === 'year' ? 'year' : 'month' }, lang)
  const personnelFirst = Math.min(lastPersonnelYear, ...personnel.map((r) => r.year))
  const personnelPeriod = `${personnelFirst}–${input.personnelThrough ? month(input.personnelThrough) : lastPersonnelYear}`
  const mandate = (d: Deployment) => `${month(d.mandateStart)} – ${d.mandateEnd ? month(d.mandateEnd) : label('ongoing')}`
  return timelineChart({
    id: 'chart-missions',
    width: size === 'full' ? 700 : 340,
    rowHeight: size === 'full' ? 13 : 11,
    title: label('chartMissionsTitle'),
    alt: label('chartMissionsAlt', { count: deployments.length, first }),
    sourceLine: `${sourceLine(label, input.source, first, asOf.year)} ${label('chartMissionsPersonnelPeriod', { period: personnelPeriod })}`,
    categories: [...new Set(deployments.map(name))],
    // Personnel first: Chart.js draws the first dataset on top, so the thin personnel bars stay visible over the mandates.
    series: [
      {
        label: label('seriesKyrgyzPersonnel'),
        colour: palette.vermillion,
        thickness: 0.45,
        spans: deployments.flatMap((d) => personnelSpans(d, personnel, through, name(d), now)),
      },
      {
        label: label('seriesMandate'),
        colour: palette.grey,
        thickness: 0.9,
        spans: deployments.map((d) => ({ label: name(d), from: start(d.mandateStart), to: d.mandateEnd ? end(d.mandateEnd) : now })),
      },
    ],
    first,
    last: asOf.year + 1,
    yearStep: YEAR_STEP[size],
    marker: { x: now, label: month(asOf) },
    tableHead: [label('colMission'), label('colPlace'), label('colMandate'), label('colKyrgyzPersonnel')],
    tableRows: deployments.map((d) => [name(d), d.place, mandate(d), formatTerm(d.deployedFrom, d.deployedTo)]),
  })
}
