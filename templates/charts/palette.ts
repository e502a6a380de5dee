/**
 * Okabe–Ito colours: told apart by readers with the common colour-vision deficiencies, and each pair
 * used together also differs in lightness, so the charts survive black-and-white printing.
 */
export const palette = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  vermillion: '#D55E00',
  sky: '#56B4E9',
  purple: '#CC79A7',
  grey: '#BBBBBB',
  darkGrey: '#555555',
} as const

/** 10 CSS px is 7.5 pt on paper: chart labels stay above the 7 pt floor when a chart prints at its own size. */
export const CHART_FONT_PX = 10
export const chartFont = { family: "'Noto Sans', 'DejaVu Sans', sans-serif", size: CHART_FONT_PX }
