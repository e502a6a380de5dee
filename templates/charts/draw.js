// Runs in the page. Draws every chart from the JSON specs, then resolves window.__chartsReady, which the
// printer awaits: printing waits for the charts, not for a guessed delay.
window.__chartsReady = (async () => {
  await document.fonts.ready
  const specs = JSON.parse(document.getElementById('chart-specs').textContent)
  Chart.defaults.font.family = "'Noto Sans', 'DejaVu Sans', sans-serif"
  Chart.defaults.color = '#222222'
  for (const spec of specs) {
    const canvas = document.getElementById(spec.id)
    if (!canvas) continue
    const options = { ...spec.config.options, animation: false, responsive: false, devicePixelRatio: 3 }
    new Chart(canvas, { ...spec.config, options })
  }
  return specs.length
})()
