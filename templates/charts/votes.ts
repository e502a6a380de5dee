import type { CountryVotes } from '../../pipeline/corpus/votes.ts'
import { chartFont, palette } from './palette.ts'
import { rowPitch, wrapLabel } from './timeline.ts'
import type { ChartSize, ChartSource, ChartSpec, Label } from './types.ts'
import { sourceLine, YEAR_STEP, yearAxis } from './types.ts'

type Votes = Pick<CountryVotes, 'byIssue' | 'agreement' | 'firstYear' | 'lastYear'>
type Issue = Votes['byIssue'][number]
const WIDTH: Record<ChartSize, number> = { full: 700, half: 350 }
/** Characters per line of an issue's name beside the bars: half-width charts wrap sooner. */
const ISSUE_LINE: Record<ChartSize, number> = { full: 56, half: 26 }

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0)
const total = (i: Issue) => i.yes + i.no + i.abstain

/** Yes / abstain / no as shares of the country's votes on each issue, one bar per issue, the most "yes" on top. */
export function votesByIssue(votes: Votes, country: string, source: ChartSource, label: Label, size: ChartSize = 'full'): ChartSpec {
  const issues = [...votes.byIssue].sort((a, b) => b.yes / total(b) - a.yes / total(a) || a.code.localeCompare(b.code))
  const name = (i: Issue) => label(`issue_${i.code}`)
  // Half-width charts name an issue in a few words (the table gives the full name), so one line holds it.
  const axisName = (i: Issue) => wrapLabel(size === 'half' ? label(`issueShort_${i.code}`) : name(i), ISSUE_LINE[size])
  const series = [
    { key: 'voteYes', colour: palette.blue, value: (i: Issue) => percent(i.yes, total(i)), pattern: null },
    // Dark solid, light solid, striped: the three stay apart in black-and-white print.
    { key: 'voteAbstain', colour: palette.grey, value: (i: Issue) => percent(i.abstain, total(i)), pattern: null },
    { key: 'voteNo', colour: palette.vermillion, value: (i: Issue) => percent(i.no, total(i)), pattern: 'hatch' },
  ]
  return {
    id: 'chart-votes-issues',
    title: label('chartVotesIssuesTitle'),
    alt: label('chartVotesIssuesAlt', { country, count: issues.length }),
    sourceLine: sourceLine(label, source, votes.firstYear, votes.lastYear),
    width: WIDTH[size],
    height: (size === 'full' ? 56 : 40) + rowPitch(issues.map(axisName), size === 'full' ? 18 : 16) * issues.length,
    config: {
      type: 'bar',
      data: { labels: issues.map(axisName), datasets: series.map((s) => ({ label: label(s.key), data: issues.map(s.value), backgroundColor: s.colour, borderColor: '#ffffff', borderWidth: 0.5, pattern: s.pattern })) },
      options: {
        indexAxis: 'y',
        plugins: { legend: { position: 'top', align: 'start', labels: { boxWidth: 10, font: chartFont } } },
        scales: {
          // The ticks carry the unit; the full-width chart also says what the share is of.
          x: { stacked: true, min: 0, max: 100, title: { display: size === 'full', text: label('axisShareOfVotes'), font: chartFont }, ticks: { stepSize: 25, font: chartFont } },
          y: { type: 'category', stacked: true, ticks: { font: chartFont, autoSkip: false } },
        },
      },
    },
    // The number of votes inside each bar: a share means little without its base.
    overlay: { tickSuffix: { axis: 'x', text: label('percentSuffix') }, barNotes: issues.map((i) => label('chartCount', { n: total(i) })) },
    table: { head: [label('colIssue'), label('colVotesCounted'), ...series.map((s) => label(s.key))], rows: issues.map((i) => [name(i), total(i), i.yes, i.abstain, i.no]) },
  }
}

/** How often the country voted as each partner state did, year by year; a year without its votes is a gap in every line. */
export function agreementOverTime(votes: Votes, country: string, source: ChartSource, label: Label, size: ChartSize = 'full'): ChartSpec {
  const years = [...new Set(votes.agreement.flatMap((a) => a.byYear.map((y) => y.year)))].sort((a, b) => a - b)
  const first = years[0] ?? votes.firstYear
  const last = years.at(-1) ?? votes.lastYear
  const missing = Array.from({ length: last - first + 1 }, (_, i) => first + i).filter((y) => !years.includes(y))
  const colours = [palette.blue, palette.vermillion, palette.green, palette.orange]
  const dashes = [[], [6, 3], [2, 2], [8, 2, 2, 2]]
  const axis = yearAxis(first, last, YEAR_STEP[size])
  const share = (a: Votes['agreement'][number], year: number) => {
    const point = a.byYear.find((y) => y.year === year)
    return point ? Math.round(point.share * 1000) / 10 : null
  }
  return {
    id: 'chart-votes-agreement',
    title: label('chartAgreementTitle'),
    alt: label('chartAgreementAlt', { country, first, last }),
    sourceLine: sourceLine(label, source, first, last),
    ...(missing.length > 0 ? { note: label('chartAgreementGaps', { country, years: missing.join(', '), count: missing.length }) } : {}),
    width: WIDTH[size],
    height: size === 'full' ? 200 : 116,
    config: {
      type: 'line',
      data: {
        datasets: votes.agreement.map((a, i) => ({
          label: a.partnerName,
          // Every year of the range has a point, null where no vote is recorded: the line breaks there.
          data: [...years, ...missing].sort((x, y) => x - y).map((year) => ({ x: year, y: share(a, year) })),
          borderColor: colours[i % colours.length],
          backgroundColor: colours[i % colours.length],
          borderDash: dashes[i % dashes.length],
          borderWidth: 1.5,
          pointRadius: 1.5,
          spanGaps: false,
        })),
      },
      options: {
        layout: { padding: { right: size === 'full' ? 90 : 70, top: 6 } },
        plugins: { legend: { display: false } },
        scales: {
          y: { min: 0, max: 100, title: { display: true, text: label('axisVotesAlike'), font: chartFont }, ticks: { stepSize: 25, font: chartFont }, grid: { color: '#E4E4E4' } },
          x: { ...axis, ticks: { ...axis.ticks, font: chartFont, maxRotation: 0 } },
        },
      },
    },
    overlay: { lineEndLabels: true, tickSuffix: { axis: 'y', text: label('percentSuffix') } },
    table: {
      head: [label('colYear'), ...votes.agreement.map((a) => a.partnerName)],
      rows: years.map((year) => [year, ...votes.agreement.map((a) => `${Math.round((a.byYear.find((y) => y.year === year)?.share ?? 0) * 100)}${label('percentSuffix')}`)]),
    },
  }
}
