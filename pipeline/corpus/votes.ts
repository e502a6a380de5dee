import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'csv-parse'
import { parse as parseSync } from 'csv-parse/sync'
import { adoptionDateOf, ROLL_CALLS_SOURCE, subjectOf, symbolOfUnres } from './roll-calls.ts'

/**
 * The UN General Assembly roll-call votes (Voeten / unvotes; shared/corpus/unga-votes) summed up per
 * country: how it voted on each issue, how often it agreed with chosen states year by year, and the
 * most divisive votes it took part in. The 870,000-row votes file is streamed once.
 */

export type Vote = 'yes' | 'no' | 'abstain'

export interface VoteCounts {
  readonly yes: number
  readonly no: number
  readonly abstain: number
}

export interface IssueShare extends VoteCounts {
  /** The corpus's issue code (me, nu, di, hr, co, ec), which the message catalogs name. */
  readonly code: string
  readonly issue: string
}

export interface Agreement {
  readonly partner: string
  readonly partnerName: string
  /** Share of the year's roll calls where both voted and voted alike. */
  readonly byYear: readonly { readonly year: number; readonly share: number; readonly votes: number; readonly same: number }[]
}

export interface DivisiveVote extends VoteCounts {
  readonly rcid: number
  /** ISO; only year and month before 12 November 1997, where the corpus's day is not a real day. */
  readonly date: string
  /** In UN form (A/RES/61/175); empty where the corpus has none. */
  readonly symbol: string
  /** What was voted on: the resolution's title, or the motion or amendment. */
  readonly title: string
  readonly vote: Vote
}

export interface CountryVotes {
  readonly code: string
  readonly name: string
  readonly firstYear: number
  readonly lastYear: number
  /** Recorded votes it took part in (yes, no or abstain), and how it voted in all. */
  readonly total: number
  readonly overall: VoteCounts
  readonly byIssue: readonly IssueShare[]
  readonly agreement: readonly Agreement[]
  readonly divisive: readonly DivisiveVote[]
}

export const VOTES_SOURCE = ROLL_CALLS_SOURCE
export const DEFAULT_PARTNERS = ['US', 'RU', 'CN'] as const

interface RollCall {
  readonly date: string
  readonly year: number
  readonly symbol: string
  readonly title: string
}

const VOTES: readonly Vote[] = ['yes', 'no', 'abstain']

/** Every vote as three numbers (roll call, country, vote): the whole file in a few megabytes. */
interface VoteColumns {
  readonly rcid: number[]
  readonly country: number[]
  readonly vote: number[]
  readonly codes: string[]
  readonly names: string[]
}

/** The votes file, streamed once: csv-parse's sync API would hold about nine times the file in memory. */
async function readVoteColumns(file: string): Promise<VoteColumns> {
  const columns: VoteColumns = { rcid: [], country: [], vote: [], codes: [], names: [] }
  const index = new Map<string, number>()
  // Records are drained in batches on 'readable': an async iterator costs a promise per record.
  const parser = createReadStream(file).pipe(parse({ bom: true, from_line: 2 }))
  await new Promise<void>((resolve, reject) => {
    parser.on('readable', () => {
      let record: string[] | null
      while ((record = parser.read() as string[] | null) !== null) {
        const vote = VOTES.indexOf(record[3] as Vote)
        if (vote === -1) continue
        const code = record[2] ?? ''
        let country = index.get(code)
        if (country === undefined) {
          country = columns.codes.length
          index.set(code, country)
          columns.codes.push(code)
          columns.names.push(record[1] ?? code)
        }
        columns.rcid.push(Number(record[0]))
        columns.country.push(country)
        columns.vote.push(vote)
      }
    })
    parser.on('end', resolve)
    parser.on('error', reject)
  })
  return columns
}

export async function readCountryVotes(dir: string, partners: readonly string[] = DEFAULT_PARTNERS): Promise<Map<string, CountryVotes>> {
  const rollCalls = new Map<number, RollCall>()
  for (const r of parseSync(await readFile(path.join(dir, 'roll_calls.csv'), 'utf8'), { columns: true, bom: true }) as Record<string, string>[]) {
    rollCalls.set(Number(r.rcid), { date: adoptionDateOf(r.date ?? ''), year: Number((r.date ?? '').slice(0, 4)), symbol: symbolOfUnres(r.unres ?? ''), title: subjectOf(r) })
  }
  const issuesOf = new Map<number, { code: string; issue: string }[]>()
  for (const r of parseSync(await readFile(path.join(dir, 'issues.csv'), 'utf8'), { columns: true, bom: true }) as Record<string, string>[]) {
    issuesOf.set(Number(r.rcid), [...(issuesOf.get(Number(r.rcid)) ?? []), { code: r.short_name ?? '', issue: r.issue ?? '' }])
  }
  const votes = await readVoteColumns(path.join(dir, 'unvotes.csv'))
  const n = votes.rcid.length

  // Each roll call's totals, and how the partner states voted.
  const totals = new Map<number, { yes: number; no: number; abstain: number }>()
  const partnerVotes = new Map<number, Map<string, Vote>>()
  for (let i = 0; i < n; i++) {
    const rcid = votes.rcid[i]!
    const vote = VOTES[votes.vote[i]!]!
    const total = totals.get(rcid) ?? { yes: 0, no: 0, abstain: 0 }
    total[vote]++
    totals.set(rcid, total)
    const code = votes.codes[votes.country[i]!]!
    if (partners.includes(code)) partnerVotes.set(rcid, (partnerVotes.get(rcid) ?? new Map()).set(code, vote))
  }

  // Each country's own sums.
  type Counts = { -readonly [K in keyof VoteCounts]: number }
  interface Sums { years: Set<number>; overall: Counts; issues: Map<string, Counts & { code: string; issue: string }>; agree: Map<string, Map<number, { same: number; both: number }>>; taken: { rcid: number; vote: Vote; divisiveness: number }[] }
  const sums = new Map<string, Sums>()
  const names = new Map(votes.codes.map((code, i) => [code, votes.names[i]!]))
  for (let i = 0; i < n; i++) {
    const rcid = votes.rcid[i]!
    const call = rollCalls.get(rcid)
    if (!call) continue
    const code = votes.codes[votes.country[i]!]!
    const vote = VOTES[votes.vote[i]!]!
    let s = sums.get(code)
    if (!s) sums.set(code, (s = { years: new Set(), overall: { yes: 0, no: 0, abstain: 0 }, issues: new Map(), agree: new Map(), taken: [] }))
    s.years.add(call.year)
    s.overall[vote]++
    for (const { code: issueCode, issue } of issuesOf.get(rcid) ?? []) {
      const share = s.issues.get(issueCode) ?? { code: issueCode, issue, yes: 0, no: 0, abstain: 0 }
      share[vote]++
      s.issues.set(issueCode, share)
    }
    for (const [partner, theirs] of partnerVotes.get(rcid) ?? []) {
      if (partner === code) continue
      const byYear = s.agree.get(partner) ?? new Map<number, { same: number; both: number }>()
      const cell = byYear.get(call.year) ?? { same: 0, both: 0 }
      cell.both++
      if (theirs === vote) cell.same++
      byYear.set(call.year, cell)
      s.agree.set(partner, byYear)
    }
    const t = totals.get(rcid)!
    // The size of the losing side: a 80–85 vote split the Assembly, a 1–1 vote of two members did not.
    const divisiveness = Math.min(t.yes, t.no)
    s.taken.push({ rcid, vote, divisiveness })
  }

  const result = new Map<string, CountryVotes>()
  for (const [code, s] of sums) {
    const years = [...s.years].sort((a, b) => a - b)
    const divisive = s.taken
      .sort((a, b) => b.divisiveness - a.divisiveness || b.rcid - a.rcid)
      .slice(0, 8)
      .map(({ rcid, vote }) => {
        const call = rollCalls.get(rcid)!
        return { rcid, date: call.date, symbol: call.symbol, title: call.title, vote, ...totals.get(rcid)! }
      })
    result.set(code, {
      code,
      name: names.get(code) ?? code,
      firstYear: years[0] ?? 0,
      lastYear: years.at(-1) ?? 0,
      total: s.overall.yes + s.overall.no + s.overall.abstain,
      overall: s.overall,
      byIssue: [...s.issues.values()].sort((a, b) => a.issue.localeCompare(b.issue)),
      agreement: partners
        .filter((p) => p !== code && s.agree.has(p))
        .map((partner) => ({
          partner,
          partnerName: names.get(partner) ?? partner,
          byYear: [...s.agree.get(partner)!].sort(([a], [b]) => a - b).map(([year, c]) => ({ year, share: c.both > 0 ? c.same / c.both : 0, votes: c.both, same: c.same })),
        })),
      divisive,
    })
  }
  return result
}
