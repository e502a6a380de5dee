/** A chart as plain data: the Chart.js config (JSON only, no functions) plus its text alternative. */
export interface ChartSpec {
  readonly id: string
  readonly title: string
  /** One sentence that says what the chart shows, for screen readers and as the canvas fallback. */
  readonly alt: string
  /** Printed under the chart: who published the data drawn and the period it covers ("Data: United Nations, 1992–2026."). */
  readonly sourceLine: string
  /** Printed before the source line: what the chart leaves out and why (years without data, rows without dates). */
  readonly note?: string
  readonly width: number
  readonly height: number
  readonly config: unknown
  /** Drawn by draw.js over the chart: a dated line on a time axis (the as-of date) and text at line ends or in bars. */
  readonly overlay?: ChartOverlay
  /** The chart's data as a table: the text alternative a reader can check numbers against. */
  readonly table: { readonly head: readonly string[]; readonly rows: readonly (readonly (string | number)[])[] }
}

export interface ChartOverlay {
  /** A vertical rule at a point of the x axis, with a short label at its top. */
  readonly marker?: { readonly x: number; readonly label: string }
  /** Each line's name at its last point (line charts), instead of a legend the eye must match. */
  readonly lineEndLabels?: boolean
  /** Each stacked segment's series name inside the bar, where it fits (bar charts). */
  readonly segmentLabels?: boolean
  /** A short text inside the start of each category's bar (horizontal bar charts), as the number the shares are of. */
  readonly barNotes?: readonly string[]
  /** Text after each tick value of an axis ("%" or " %"), since a JSON config cannot carry a tick callback. */
  readonly tickSuffix?: { readonly axis: 'x' | 'y'; readonly text: string }
}

/** Where a chart's data comes from: a publisher's name, as a plain string, and the period the rows cover. */
export interface ChartSource {
  readonly publisher: string
}

/** A full-width figure, or one beside text or another chart on the fact sheet. */
export type ChartSize = 'full' | 'half'

/** The label function of a catalog: key and ICU values in, text out. */
export type Label = (key: string, values?: Record<string, string | number>) => string

/** A bar that spans years on a timeline: [start, end] in fractional years. */
export interface Span {
  readonly label: string
  readonly from: number
  readonly to: number
}

/** Years between ticks: every 4 on a full-width chart, every 8 where a half-width one has no room for more. */
export const YEAR_STEP: Readonly<Record<ChartSize, number>> = { full: 4, half: 8 }

/** A linear year axis with a tick every `step` years from its start, its ends on multiples of four so ticks fall on round years. */
export const yearAxis = (first: number, last: number, step = YEAR_STEP.full) => {
  // Ends on multiples of four whatever the step, so an 8-year step does not stretch the axis by up to 7 empty years.
  const min = Math.floor(first / YEAR_STEP.full) * YEAR_STEP.full
  const max = Math.ceil(last / YEAR_STEP.full) * YEAR_STEP.full
  return { type: 'linear', min, max, ticks: { stepSize: step, format: { useGrouping: false } }, grid: { color: '#E4E4E4' } }
}

/** "Data: United Nations, 1992–2026." in the document's language. */
export function sourceLine(label: Label, source: ChartSource, first: string | number, last: string | number): string {
  const period = String(first) === String(last) ? String(first) : `${first}–${last}`
  return label('chartSourceLine', { publisher: source.publisher, period })
}
