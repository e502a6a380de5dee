/** A chart as plain data: the Chart.js config (JSON only, no functions) plus its text alternative. */
export interface ChartSpec {
  readonly id: string
  readonly title: string
  /** One sentence that says what the chart shows, for screen readers and as the canvas fallback. */
  readonly alt: string
  readonly width: number
  readonly height: number
  readonly config: unknown
  /** The chart's data as a table: the text alternative a reader can check numbers against. */
  readonly table: { readonly head: readonly string[]; readonly rows: readonly (readonly (string | number)[])[] }
}

/** A bar that spans years on a timeline: [start, end] in fractional years. */
export interface Span {
  readonly label: string
  readonly from: number
  readonly to: number
}

export const yearAxis = (min: number, max: number) => ({
  type: 'linear',
  min,
  max,
  ticks: { stepSize: max - min > 20 ? 4 : 2, format: { useGrouping: false } },
  grid: { color: '#E4E4E4' },
})
