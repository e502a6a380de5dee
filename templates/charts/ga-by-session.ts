import type { Resolution } from '../../pipeline/model.ts'
import { chartFont, palette } from './palette.ts'
import type { ChartSpec } from './types.ts'

const ROLES = [
  { role: 'initiator', colour: palette.blue },
  { role: 'co-sponsor', colour: palette.orange },
  { role: 'mentioned', colour: palette.sky },
  { role: 'subject', colour: palette.darkGrey },
] as const

/** Adopted resolutions per session, stacked by the Kyrgyz role; every session in the range gets a slot so gaps show. */
export function gaBySession(resolutions: readonly Resolution[], label: (key: string, values?: Record<string, string | number>) => string): ChartSpec | null {
  const adopted = resolutions.filter((r) => r.status === 'adopted')
  if (adopted.length === 0) return null
  const sessions = adopted.map((r) => r.session)
  const first = Math.min(...sessions)
  const last = Math.max(...sessions)
  const slots = Array.from({ length: last - first + 1 }, (_, i) => first + i)
  const countOf = (session: number, role: string) => adopted.filter((r) => r.session === session && r.kyrgyzRole === role).length
  const roles = ROLES.filter(({ role }) => adopted.some((r) => r.kyrgyzRole === role))
  const roleLabel = (role: string) => label(`role${role[0]?.toUpperCase()}${role.slice(1)}`)
  return {
    id: 'chart-ga-by-session',
    title: label('chartGaTitle'),
    alt: label('chartGaAlt', { count: adopted.length, first, last }),
    width: 700,
    height: 88,
    config: {
      type: 'bar',
      data: {
        labels: slots.map(String),
        datasets: roles.map(({ role, colour }, i) => ({ label: roleLabel(role), data: slots.map((s) => countOf(s, role)), backgroundColor: colour, borderColor: '#ffffff', borderWidth: 0.5, pattern: i % 2 === 1 ? 'hatch' : null })),
      },
      options: {
        plugins: { legend: { position: 'top', align: 'end', labels: { boxWidth: 10, font: chartFont } } },
        scales: {
          x: { stacked: true, grid: { display: false }, ticks: { font: chartFont, autoSkip: false, maxRotation: 0 } },
          y: { stacked: true, beginAtZero: true, ticks: { stepSize: 1, precision: 0, font: chartFont }, grid: { color: '#E4E4E4' } },
        },
      },
    },
    table: {
      head: [label('colSession'), ...roles.map(({ role }) => roleLabel(role))],
      rows: slots.filter((s) => sessions.includes(s)).map((s) => [s, ...roles.map(({ role }) => countOf(s, role))]),
    },
  }
}
