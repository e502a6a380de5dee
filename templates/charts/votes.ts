import type { CountryVotes } from '../../pipeline/corpus/votes.ts'

type Votes = Pick<CountryVotes, 'byIssue' | 'agreement'>
/** CSS pixels: a full-width figure, or half of the fact sheet's width. */
export type ChartSize = 'full' | 'half'
const WIDTH: Record<ChartSize, number> = { full: 700, half: 350 }
import { chartFont, palette } from './palette.ts'
import type { ChartSpec } from './types.ts'

type Label = (key: string, values?: Record<string, string | number>) => string
const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0)

/** Yes / abstain / no as shares of the country's votes on each issue, one bar per issue. */
export function votesByIssue(votes: Votes, country: string, label: Label, size: ChartSize = 'full'): ChartSpec {
  const issues = votes.byIssue
  const name = (i: (typeof issues)[number]) => label(`issue_${i.code}`)
  // Half-width charts name the issues in a word or two, so that the names fit beside the bars.
  const axisLabel = (i: (typeof issues)[number]) => (size === 'half' ? label(`issueShort_${i.code}`) : name(i))
  const total = (i: (typeof issues)[number]) => i.yes + i.no + i.abstain
  const series = [
    { key: 'voteYes', colour: palette.blue, value: (i: (typeof issues)[number]) => percent(i.yes, total(i)), pattern: null },
    { key: 'voteAbstain', colour: palette.grey, value: (i: (typeof issues)[number]) => percent(i.abstain, total(i)), pattern: 'hatch' },
    { key: 'voteNo', colour: palette.vermillion, value: (i: (typeof issues)[number]) => percent(i.no, total(i)), pattern: null },
  ]
  return {
    id: 'chart-votes-issues',
    title: label('chartVotesIssuesTitle'),
    alt: label('chartVotesIssuesAlt', { country, count: issues.length }),
    width: WIDTH[size],
    height: size === 'full' ? 40 + 18 * issues.length : 20 + 14 * issues.length,
    config: {
      type: 'bar',
      data: { labels: issues.map(axisLabel), datasets: series.map((s) => ({ label: label(s.key), data: issues.map(s.value), backgroundColor: s.colour, borderColor: '#ffffff', borderWidth: 0.5, pattern: s.pattern })) },
      options: {
        indexAxis: 'y',
        plugins: { legend: { position: 'top', align: 'end', labels: { boxWidth: 10, font: chartFont } } },
        scales: { x: { stacked: true, min: 0, max: 100, ticks: { font: chartFont } }, y: { stacked: true, ticks: { font: chartFont, autoSkip: false } } },
      },
    },
    table: { head: [label('colIssue'), ...series.map((s) => label(s.key))], rows: issues.map((i) => [name(i), i.yes, i.abstain, i.no]) },
  }
}

/** How often the country voted as each partner state did, year by year. */
export function agreementOverTime(votes: Votes, country: string, label: Label, size: ChartSize = 'full'): ChartSpec {
  const years = [...new Set(votes.agreement.flatMap((a) => a.byYear.map((y) => y.year)))].sort((a, b) => a - b)
  const colours = [palette.blue, palette.vermillion, palette.green, palette.orange]
  const dashes = [[], [6, 3], [2, 2], [8, 2, 2, 2]]
  return {
    id: 'chart-votes-agreement',
    title: label('chartAgreementTitle'),
    alt: label('chartAgreementAlt', { country, first: years[0] ?? 0, last: years.at(-1) ?? 0 }),
    width: WIDTH[size],
    height: size === 'full' ? 200 : 104,
    config: {
      type: 'line',
      data: {
        labels: years.map(String),
        datasets: votes.agreement.map((a, i) => ({
          label: a.partnerName,
          data: years.map((year) => {
            const point = a.byYear.find((y) => y.year === year)
            return point ? Math.round(point.share * 1000) / 10 : null
          }),
          borderColor: colours[i % colours.length],
          backgroundColor: colours[i % colours.length],
          borderDash: dashes[i % dashes.length],
          borderWidth: 1.5,
          pointRadius: 1.5,
          spanGaps: true,
        })),
      },
      options: {
        plugins: { legend: { position: 'top', align: 'end', labels: { boxWidth: 14, font: chartFont } } },
        scales: { y: { min: 0, max: 100, ticks: { font: chartFont } }, x: { ticks: { font: chartFont, autoSkip: true, maxRotation: 0 } } },
      },
    },
    table: {
      head: [label('colYear'), ...votes.agreement.map((a) => a.partnerName)],
      rows: years.map((year) => [year, ...votes.agreement.map((a) => `${Math.round((a.byYear.find((y) => y.year === year)?.share ?? 0) * 100)} %`)]),
    },
  }
}
