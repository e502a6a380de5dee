import { chartFont } from './palette.ts'
import type { ChartOverlay, ChartSpec, Span } from './types.ts'
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
  /** Pixels per category row: enough for the axis label's font, two lines where a label wraps. */
  readonly rowHeight: number
  readonly title: string
  readonly alt: string
  readonly sourceLine: string
  readonly note?: string
  readonly categories: readonly string[]
  /** Drawn in order, the first on top. */
  readonly series: readonly TimelineSeries[]
  /** First and last year the axis must show; it is widened to whole 4-year steps. */
  readonly first: number
  readonly last: number
  readonly marker?: ChartOverlay['marker']
  /** Years between ticks (YEAR_STEP). */
  readonly yearStep: number
  /** Characters per line of a category label; longer names wrap (AXIS_LINE by default). */
  readonly labelLine?: number
  readonly tableHead: readonly string[]
  readonly tableRows: ChartSpec['table']['rows']
}

/** Characters per line of a category label before it wraps: the data table keeps the name whole too. */
const AXIS_LINE = 36
/** CSS pixels per line of a wrapped label at the charts' type size, and a row's room around them. */
const LINE_PX = 12
const ROW_PADDING = 4

/** Pixels per category row so that the longest wrapped label fits its row: Chart.js gives every row the same height. */
export function rowPitch(labels: readonly string[], minimum: number): number {
  const lines = Math.max(1, ...labels.map((l) => l.split('\n').length))
  return Math.max(minimum, lines === 1 ? minimum : LINE_PX * lines + ROW_PADDING)
}

/**
 * A label for the axis as lines of at most AXIS_LINE characters, broken at spaces: wrapped, never cut.
 * The lines are joined by "\n", which draw.js splits into tick lines: a category must stay a string,
 * since Chart.js finds a data point's category by its text.
 */
export function wrapLabel(text: string, width = AXIS_LINE): string {
  const lines: string[] = []
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1)
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines.join('\n')
}

/** Horizontal floating bars on a year axis, one row per category; several series share a row. */
export function timelineChart(input: TimelineInput): ChartSpec {
  const labels = input.categories.map((c) => wrapLabel(c, input.labelLine))
  const axis = yearAxis(input.first, input.last, input.yearStep)
  return {
    id: input.id,
    title: input.title,
    alt: input.alt,
    sourceLine: input.sourceLine,
    ...(input.note ? { note: input.note } : {}),
    width: input.width,
    height: Math.round(44 + rowPitch(labels, input.rowHeight) * input.categories.length),
    config: {
      type: 'bar',
      data: {
        labels,
        datasets: input.series.map((s, i) => ({
          label: s.label,
          data: s.spans.map((span) => ({ y: labels[input.categories.indexOf(span.label)], x: [span.from, span.to] })),
          backgroundColor: s.colour,
          // A white edge parts neighbouring bars of a wide series; a thin bar drawn over another keeps all its colour.
          borderColor: '#ffffff',
          borderWidth: s.thickness < 0.5 ? 0 : 0.5,
          borderSkipped: false,
          barPercentage: s.thickness,
          categoryPercentage: 1,
          grouped: false,
          order: i,
          pattern: s.hatched ? 'hatch' : null,
        })),
      },
      options: {
        indexAxis: 'y',
        plugins: { legend: { display: input.series.length > 1, position: 'top', align: 'start', labels: { boxWidth: 10, font: chartFont } } },
        scales: {
          x: { ...axis, ticks: { ...axis.ticks, font: chartFont, maxRotation: 0 } },
          y: { type: 'category', grid: { display: false }, ticks: { font: chartFont, autoSkip: false } },
        },
      },
    },
    ...(input.marker ? { overlay: { marker: input.marker } } : {}),
    table: { head: input.tableHead, rows: input.tableRows },
  }
}
