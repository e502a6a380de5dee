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
  // On screen, sharp at the display's own pixel ratio; print does not depend on it.
  const devicePixelRatio = Math.max(2, window.devicePixelRatio || 1)
  const charts = []
  for (const spec of specs) {
    const canvas = document.getElementById(spec.id)
    if (!canvas) continue
    const datasets = spec.config.data.datasets.map((d) => (d.pattern === 'hatch' ? { ...d, backgroundColor: hatch(d.backgroundColor) } : d))
    const options = { ...spec.config.options, animation: false, responsive: false, devicePixelRatio }
    charts.push(new Chart(canvas, { ...spec.config, data: { ...spec.config.data, datasets }, options }))
  }
  window.addEventListener('beforeprint', () => {
    for (const chart of charts) chart.draw()
  })
  return charts.length
})()
