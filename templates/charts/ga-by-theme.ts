import { earliestTime, yearFraction } from '../../pipeline/lib/dates.ts'
import type { Resolution } from '../../pipeline/model.ts'
import { chartFont } from './palette.ts'
import { ROLE_COLOURS } from './roles.ts'
import { rowPitch, wrapLabel } from './timeline.ts'
import type { ChartSource, ChartSpec, Label } from './types.ts'
import { sourceLine, yearAxis } from './types.ts'

/** Themes drawn on their own row; the rest share a row "other themes". */
const OWN_THEMES = 4
/** Shape as well as colour, so the roles stay apart in black-and-white print. */
const ROLES = [
  { role: 'initiator', shape: 'circle', radius: 4 },
  { role: 'co-lead', shape: 'rect', radius: 5 },
  { role: 'co-sponsor', shape: 'triangle', radius: 5 },
  { role: 'mentioned', shape: 'rectRot', radius: 4.5 },
] as const

/**
 * The resolutions as a thematic timeline: one row per theme, one mark per resolution at its adoption
 * date, shaped and coloured by the Kyrgyz role. Only resolutions a reader can look up are drawn (adopted,
 * with a symbol and a date); admission to membership is the subject of a resolution, not a Kyrgyz role in one.
 */
export function gaByTheme(resolutions: readonly Resolution[], source: ChartSource, label: Label): ChartSpec | null {
  const drawn = resolutions.filter((r) => r.status === 'adopted' && r.symbol && r.adoptionDate && r.kyrgyzRole !== 'subject')
  if (drawn.length === 0) return null
  const count = (topic: string) => drawn.filter((r) => r.topic === topic).length
  const topics = [...new Set(drawn.map((r) => r.topic))].sort((a, b) => count(b) - count(a) || a.localeCompare(b))
  const own = topics.length <= OWN_THEMES + 1 ? topics : topics.slice(0, OWN_THEMES)
  const rows = [...own, ...(own.length < topics.length ? ['other'] : [])]
  // A theme the catalog does not name is shown as the table writes it.
  const theme = (topic: string) => {
    const key = `theme_${topic.replace(/\s+/g, '-')}`
    const text = label(key)
    return text === key ? topic : text
  }
  const rowOf = (r: Resolution) => (own.includes(r.topic) ? own.indexOf(r.topic) : rows.length - 1)
  const rowLabels = rows.map((t) => wrapLabel(theme(t)))
  const roleLabel = (role: string) => label(`role${role[0]!.toUpperCase()}${role.slice(1)}`)
  const roles = ROLES.filter(({ role }) => drawn.some((r) => r.kyrgyzRole === role))
  const years = drawn.map((r) => r.adoptionDate!.year)
  const first = Math.min(...years)
  const last = Math.max(...years)
  const axis = yearAxis(first, last + 1)
  const skipped = resolutions.filter((r) => r.kyrgyzRole !== 'subject' && !drawn.includes(r)).length
  return {
    id: 'chart-ga-by-session',
    title: label('chartGaTitle'),
    alt: label('chartGaAlt', { count: drawn.length, first, last }),
    sourceLine: sourceLine(label, source, first, last),
    ...(skipped > 0 ? { note: label('chartGaNotDrawn', { count: skipped }) } : {}),
    width: 700,
    height: 48 + rowPitch(rowLabels, 20) * rows.length,
    config: {
      type: 'scatter',
      data: {
        datasets: roles.map(({ role, shape, radius }) => ({
          label: roleLabel(role),
          data: drawn.filter((r) => r.kyrgyzRole === role).map((r) => ({ x: yearFraction(earliestTime(r.adoptionDate!)), y: rowLabels[rowOf(r)] })),
          backgroundColor: ROLE_COLOURS[role].fill,
          borderColor: '#1d1d1b',
          borderWidth: 0.6,
          pointStyle: shape,
          pointRadius: radius,
        })),
      },
      options: {
        // Chart.js draws a legend circle √2 × boxHeight across: the width matches it, so the circle stays round.
        plugins: { legend: { position: 'top', align: 'start', labels: { usePointStyle: true, boxHeight: 7, pointStyleWidth: 10, font: chartFont } } },
        scales: {
          x: { ...axis, ticks: { ...axis.ticks, font: chartFont } },
          y: { type: 'category', labels: rowLabels, offset: true, grid: { color: '#EEEEEE' }, ticks: { font: chartFont, autoSkip: false } },
        },
      },
    },
    table: {
      head: [label('colTheme'), label('colSymbol'), label('colAdopted'), label('colRole')],
      rows: drawn.map((r) => [theme(rows[rowOf(r)]!), r.symbol!, r.adoptionDate!.year, roleLabel(r.kyrgyzRole)]),
    },
  }
}
