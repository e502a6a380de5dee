// Runs in the page. Draws every chart from the JSON specs, then resolves window.__chartsReady, which the
// printer awaits: printing waits for the charts, not for a guessed delay.
// Each chart is drawn again just before printing: Chromium prints a canvas whose drawing is still a fresh
// recording as vectors (sharp lines, real text, a third of the bytes, and no image to compress), but one
// drawn frames ago as a bitmap.
window.__chartsReady = (async () => {
  await document.fonts.ready
  const specs = JSON.parse(document.getElementById('chart-specs').textContent)
  Chart.defaults.font.family = "'Noto Sans', 'DejaVu Sans', sans-serif"
  Chart.defaults.color = '#222222'
  const INK = '#1d1d1b'
  // White diagonal hatching over a series' colour: series stay apart in black-and-white print too.
  const hatch = (colour) => {
    const tile = document.createElement('canvas')
    tile.width = tile.height = 24
    const g = tile.getContext('2d')
    g.fillStyle = colour
    g.fillRect(0, 0, 24, 24)
    g.strokeStyle = 'rgba(255, 255, 255, 0.85)'
    g.lineWidth = 5
    for (const offset of [-24, 0, 24]) {
      g.beginPath()
      g.moveTo(offset, 24)
      g.lineTo(offset + 24, 0)
      g.stroke()
    }
    const pattern = g.createPattern(tile, 'repeat')
    // The tile is drawn at 3×, so it reads as 8 CSS pixels.
    pattern.setTransform(new DOMMatrix().scale(1 / 3))
    return pattern
  }
  // Text with a white halo, legible over bars, stripes and grid lines alike.
  const haloText = (g, text, x, y) => {
    g.save()
    g.lineJoin = 'round'
    g.lineWidth = 3
    g.strokeStyle = 'rgba(255, 255, 255, 0.9)'
    g.strokeText(text, x, y)
    g.fillStyle = INK
    g.fillText(text, x, y)
    g.restore()
  }
  // Overlay text is set in the size of the chart's own tick labels.
  const labelSize = (chart) => chart.options.scales?.x?.ticks?.font?.size ?? 10
  const fontOf = (chart) => `${labelSize(chart)}px ${Chart.defaults.font.family}`

  // The as-of date as a dashed rule across a time axis, its label at the top.
  const drawMarker = (chart, marker) => {
    const { ctx: g, chartArea: area, scales } = chart
    const x = scales.x.getPixelForValue(marker.x)
    if (x < area.left || x > area.right) return
    g.save()
    g.strokeStyle = INK
    g.lineWidth = 0.8
    g.setLineDash([3, 2])
    g.beginPath()
    g.moveTo(x, area.top)
    g.lineTo(x, area.bottom)
    g.stroke()
    // Inside the plot, left of the rule: above it would collide with a legend on the same line.
    g.font = fontOf(chart)
    g.textBaseline = 'top'
    g.textAlign = x - g.measureText(marker.label).width - 3 < area.left ? 'left' : 'right'
    haloText(g, marker.label, x + (g.textAlign === 'left' ? 3 : -3), area.top + 1)
    g.restore()
  }
  // Each line's name beside its last point, pushed apart where two lines end close together.
  const drawLineEnds = (chart) => {
    const { ctx: g } = chart
    const size = labelSize(chart)
    const ends = chart.data.datasets.flatMap((d, i) => {
      const points = chart.getDatasetMeta(i).data.filter((p, k) => d.data[k]?.y !== null && d.data[k]?.y !== undefined)
      const last = points.at(-1)
      return last ? [{ text: d.label, x: last.x + 5, y: last.y, colour: d.borderColor }] : []
    })
    ends.sort((a, b) => a.y - b.y)
    for (let k = 1; k < ends.length; k++) ends[k].y = Math.max(ends[k].y, ends[k - 1].y + size + 1)
    g.save()
    g.font = fontOf(chart)
    g.textBaseline = 'middle'
    g.textAlign = 'left'
    for (const end of ends) haloText(g, end.text, end.x, end.y)
    g.restore()
  }
  // A stacked series' name inside its tallest segment, where the name fits.
  const drawSegmentNames = (chart) => {
    const { ctx: g } = chart
    const size = labelSize(chart)
    g.save()
    g.font = fontOf(chart)
    g.textBaseline = 'middle'
    g.textAlign = 'center'
    chart.data.datasets.forEach((d, i) => {
      const bars = chart.getDatasetMeta(i).data
      const tallest = bars.reduce((best, bar) => (Math.abs(bar.base - bar.y) > Math.abs((best?.base ?? 0) - (best?.y ?? 0)) ? bar : best), null)
      if (!tallest) return
      const height = Math.abs(tallest.base - tallest.y)
      if (height < size + 2 || tallest.width < g.measureText(d.label).width + 2) return
      haloText(g, d.label, tallest.x, (tallest.y + tallest.base) / 2)
    })
    g.restore()
  }
  // A note inside the start of each category's first bar, in white on the bar's colour.
  const drawBarNotes = (chart, notes) => {
    const { ctx: g } = chart
    const bars = chart.getDatasetMeta(0).data
    g.save()
    g.font = fontOf(chart)
    g.textBaseline = 'middle'
    g.textAlign = 'left'
    g.fillStyle = '#ffffff'
    bars.forEach((bar, k) => {
      const text = notes[k]
      if (text && Math.abs(bar.x - bar.base) > g.measureText(text).width + 6) g.fillText(text, Math.min(bar.x, bar.base) + 3, bar.y)
    })
    g.restore()
  }
  const overlay = {
    id: 'overlay',
    afterDatasetsDraw(chart) {
      const spec = chart.config.options.overlaySpec
      if (!spec) return
      if (spec.marker) drawMarker(chart, spec.marker)
      if (spec.lineEndLabels) drawLineEnds(chart)
      if (spec.segmentLabels) drawSegmentNames(chart)
      if (spec.barNotes) drawBarNotes(chart, spec.barNotes)
    },
  }
  // JSON carries no functions, so tick texts are made here: a unit after each value, and category
  // labels wrapped at the "\n" their builder put in.
  const withTickTexts = (scales, suffix) =>
    Object.fromEntries(
      Object.entries(scales ?? {}).map(([id, axis]) => {
        if (suffix?.axis === id) return [id, { ...axis, ticks: { ...axis.ticks, callback: (value) => `${value}${suffix.text}` } }]
        if (axis.type !== 'category') return [id, axis]
        const callback = function (value) {
          const text = this.getLabelForValue(value)
          return typeof text === 'string' && text.includes('\n') ? text.split('\n') : text
        }
        // Chart.js caps a side axis at half the chart and lets longer names run off the canvas: widen it to the longest line.
        const afterFit = (scale) => {
          if (id !== 'y' && id !== scale.chart.options.indexAxis) return
          const g = scale.ctx
          g.save()
          g.font = `${axis.ticks?.font?.size ?? 10}px ${Chart.defaults.font.family}`
          const widest = Math.max(0, ...scale.getLabels().flatMap((l) => String(l).split('\n')).map((t) => g.measureText(t).width))
          g.restore()
          // Room for the tick mark and its padding, which Chart.js sets between the labels and the plot.
          scale.width = Math.max(scale.width, Math.ceil(widest) + 16)
        }
        return [id, { ...axis, ticks: { ...axis.ticks, callback }, afterFit }]
      }),
    )
  // A chart is never drawn wider than its column: scaled down with the page, its labels would shrink below 7 pt.
  const fittedWidth = (canvas, spec) => Math.min(spec.width, canvas.parentElement?.clientWidth || spec.width)
  // On screen, sharp at the display's own pixel ratio; print does not depend on it.
  const devicePixelRatio = Math.max(2, window.devicePixelRatio || 1)
  const charts = []
  for (const spec of specs) {
    const canvas = document.getElementById(spec.id)
    if (!canvas) continue
    const width = fittedWidth(canvas, spec)
    canvas.style.width = `${width}px`
    canvas.width = width
    const datasets = spec.config.data.datasets.map((d) => (d.pattern === 'hatch' ? { ...d, backgroundColor: hatch(d.backgroundColor) } : d))
    const overlaySpec = spec.overlay ?? null
    const options = { ...spec.config.options, scales: withTickTexts(spec.config.options.scales, overlaySpec?.tickSuffix), overlaySpec, animation: false, responsive: false, devicePixelRatio }
    charts.push({ spec, canvas, chart: new Chart(canvas, { ...spec.config, data: { ...spec.config.data, datasets }, options, plugins: [overlay] }) })
  }
  window.addEventListener('beforeprint', () => {
    for (const { spec, canvas, chart } of charts) {
      const width = fittedWidth(canvas, spec)
      if (width !== chart.width) chart.resize(width, spec.height)
      chart.draw()
    }
  })
  // On a narrow screen the chart's table stands in for the canvas (hidden by the stylesheet): open it.
  // Asked again on resize rather than by a listener on the media query: such a listener kept each
  // document alive in a reused print page (the browser grew by 12 MB a document).
  const showTables = () => {
    const narrow = window.matchMedia('screen and (max-width: 600px)').matches
    for (const details of document.querySelectorAll('figure.chart details.chart-data')) details.open = narrow
  }
  window.addEventListener('resize', showTables)
  showTables()
  return charts.length
})()
