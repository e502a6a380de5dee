import { palette } from './palette.ts'

/**
 * One colour per Kyrgyz role in a resolution and per state of a term, shared by the charts and the
 * badges in the text (CSS classes `.role-<role>`), so a reader who learns a colour in one place can
 * read it everywhere. `ink` is the text colour that stays legible on the colour, in colour and in grey.
 */
export const ROLE_COLOURS = {
  initiator: { fill: palette.blue, ink: '#ffffff' },
  'co-lead': { fill: palette.green, ink: '#1d1d1b' },
  'co-sponsor': { fill: palette.orange, ink: '#1d1d1b' },
  mentioned: { fill: palette.sky, ink: '#1d1d1b' },
  subject: { fill: palette.darkGrey, ink: '#ffffff' },
} as const

export const TERM_STATE_COLOURS = {
  past: { fill: palette.grey, ink: '#1d1d1b' },
  current: { fill: palette.blue, ink: '#ffffff' },
  elected: { fill: palette.orange, ink: '#1d1d1b' },
} as const

export type Role = keyof typeof ROLE_COLOURS
export type TermStateColour = keyof typeof TERM_STATE_COLOURS

/** `.role-initiator { … }` for each role and `.role-term-current { … }` for each term state. */
export function roleStylesheet(): string {
  const rule = (name: string, c: { fill: string; ink: string }) => `.role-${name} { background-color: ${c.fill}; color: ${c.ink}; }`
  return [
    '/* Role colours of the charts (templates/charts/roles.ts), for badges in the text. */',
    ...Object.entries(ROLE_COLOURS).map(([role, c]) => rule(role, c)),
    ...Object.entries(TERM_STATE_COLOURS).map(([state, c]) => rule(`term-${state}`, c)),
  ].join('\n')
}
