import { chartFont } from './palette.ts'
import type { ChartSpec, Span } from './types.ts'
import { yearAxis } from './types.ts'

export interface TimelineSeries {
  readonly label: string
  readonly colour: string
  readonly spans: readonly Span[]
  /** Thinner bars drawn over wider ones show a period inside another (deployment within a mandate). */
  readonly thickness: number
  /** Hatched, to tell this series apart from its neighbours in black-and-white print. */
  readonly hatched?: boolean
}

export interface TimelineInput {
  readonly id: string
  readonly width: number
  /** Pixels per category row: enough for the axis label's font. */
  readonly rowHeight: number
  readonly title: string
  readonly alt: string
  readonly categories: readonly string[]
  readonly series: readonly TimelineSeries[]
  readonly min: number
  readonly max: number
  readonly tableHead: readonly string[]
  readonly tableRows: ChartSpec['table']['rows']
}


const AXIS_LABEL_MAX = 32

/** A category label short enough for the axis; the chart's data table keeps the full name. */
export function axisLabel(text: string): string {
  return text.length <= AXIS_LABEL_MAX ? text : `${text.slice(0, AXIS_LABEL_MAX - 1).trimEnd()}…`
}

/** Horizontal floating bars on a year axis, one row per category; several series share a row. */
export function timelineChart(input: TimelineInput): ChartSpec {
  return {
    id: input.id,
    title: input.title,
    alt: input.alt,
    width: input.width,
    height: Math.round(36 + input.rowHeight * input.categories.length),
    config: {
      type: 'bar',
      data: {
        labels: input.categories,
        datasets: input.series.map((s) => ({
          label: s.label,
          data: s.spans.map((span) => ({ y: span.label, x: [span.from, span.to] })),
          backgroundColor: s.colour,
          borderColor: '#ffffff',
          borderWidth: 0.5,
          borderSkipped: false,
          barPercentage: s.thickness,
          categoryPercentage: 1,
          grouped: false,
          pattern: s.hatched ? 'hatch' : null,
        })),
      },
      options: {
        indexAxis: 'y',
        plugins: { legend: { display: input.series.length > 1, position: 'top', align: 'end', labels: { boxWidth: 10, font: chartFont } } },
        scales: {
          x: { ...yearAxis(input.min, input.max), ticks: { ...yearAxis(input.min, input.max).ticks, font: chartFont } },
          y: { type: 'category', grid: { display: false }, ticks: { font: chartFont, autoSkip: false } },
        },
      },
    },
    table: { head: input.tableHead, rows: input.tableRows },
  }
}
