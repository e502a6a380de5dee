import { earliestTime, latestTime, yearFraction } from '../../pipeline/lib/dates.ts'
import { formatTerm } from '../../pipeline/lib/format.ts'
import type { Deployment } from '../../pipeline/model.ts'
import type { PartialDate } from '../../pipeline/types.ts'
import { palette } from './palette.ts'
import { axisLabel, timelineChart } from './timeline.ts'
import type { ChartSpec } from './types.ts'

const DAY = 86_400_000

export function missionsTimeline(deployments: readonly Deployment[], asOf: PartialDate, label: (key: string, values?: Record<string, string | number>) => string): ChartSpec | null {
  if (deployments.length === 0) return null
  // A mission without an acronym in the document's language is named by its place, never by another language's acronym.
  const name = (d: Deployment) => axisLabel(d.mission?.acronym ?? d.place)
  const now = yearFraction(earliestTime(asOf))
  const first = Math.min(...deployments.map((d) => d.mandateStart.year))
  const withPersonnel = deployments.filter((d) => d.deployedFrom && d.deployedTo)
  return timelineChart({
    id: 'chart-missions',
    width: 340,
    rowHeight: 10.5,
    title: label('chartMissionsTitle'),
    alt: label('chartMissionsAlt', { count: deployments.length, first }),
    categories: [...new Set(deployments.map(name))],
    series: [
      {
        label: label('seriesMandate'),
        colour: palette.grey,
        thickness: 0.85,
        spans: deployments.map((d) => ({ label: name(d), from: yearFraction(earliestTime(d.mandateStart)), to: d.mandateEnd ? yearFraction(latestTime(d.mandateEnd) + DAY) : now })),
      },
      {
        label: label('seriesKyrgyzPersonnel'),
        colour: palette.vermillion,
        thickness: 0.4,
        spans: withPersonnel.map((d) => ({ label: name(d), from: yearFraction(earliestTime(d.deployedFrom!)), to: yearFraction(latestTime(d.deployedTo!) + DAY) })),
      },
    ],
    min: Math.floor(first / 2) * 2,
    max: asOf.year + 1,
    tableHead: [label('colMission'), label('colPlace'), label('colMandate'), label('colKyrgyzPersonnel')],
    tableRows: deployments.map((d) => [name(d), d.place, formatTerm(d.mandateStart, d.mandateEnd) || label('ongoing'), formatTerm(d.deployedFrom, d.deployedTo)]),
  })
}
