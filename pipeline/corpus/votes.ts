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
/** The most divisive votes a country took part in that its record names. */
const DIVISIVE_VOTES = 8

interface RollCall {
  readonly year: number
  /** The corpus's row; date, symbol and subject are made from it for the few votes a record names. */
  readonly row: Record<string, string>
}

const VOTES: readonly Vote[] = ['yes', 'no', 'abstain']
const NO_VOTE = 0

/**
 * Every vote, as it streams in, into one small array per country indexed by roll call (0: did not
 * vote, else 1 + the index of yes/no/abstain): 200 countries × 9,000 roll calls is under 2 MB, and the
 * sums after are loops over typed arrays, not map lookups per vote.
 */
interface VoteMatrix {
  readonly byCountry: Int8Array[]
  readonly codes: string[]
  readonly names: string[]
  readonly lastRcid: number
}

/** The votes file, streamed once: csv-parse's sync API would hold about nine times the file in memory. */
async function readVoteMatrix(file: string, rcids: number): Promise<VoteMatrix> {
  const matrix = { byCountry: [] as Int8Array[], codes: [] as string[], names: [] as string[], lastRcid: rcids }
  const index = new Map<string, Int8Array>()
  // Records are drained in batches on 'readable': an async iterator costs a promise per record.
  const parser = createReadStream(file).pipe(parse({ bom: true, from_line: 2 }))
  await new Promise<void>((resolve, reject) => {
    parser.on('readable', () => {
      let record: string[] | null
      while ((record = parser.read() as string[] | null) !== null) {
        const vote = record[3] === 'yes' ? 1 : record[3] === 'no' ? 2 : record[3] === 'abstain' ? 3 : NO_VOTE
        const rcid = Number(record[0])
        if (vote === NO_VOTE || !(rcid > 0 && rcid <= matrix.lastRcid)) continue
        const name = record[1] ?? ''
        // The corpus writes NA for Namibia's code and for a missing one (its README); the name tells which.
        const code = record[2] === 'NA' && name !== 'Namibia' ? codeForName(name) : (record[2] ?? '')
        let votes = index.get(code)
        if (votes === undefined) {
          votes = new Int8Array(matrix.lastRcid + 1)
          index.set(code, votes)
          matrix.byCountry.push(votes)
          matrix.codes.push(code)
          matrix.names.push(name || code)
        }
        votes[rcid] = vote
      }
    })
    parser.on('end', resolve)
    parser.on('error', reject)
  })
  return matrix
}

const FIRST_YEAR = 1945

/**
 * A code for a state the corpus gives none (the Federal Republic of Germany, the Yemen Arab Republic,
 * Zanzibar): the initials of its name (FRG, YAR), or the name itself when it is one word. Never two
 * letters, so never an ISO code of another state.
 */
function codeForName(name: string): string {
  const words = name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word))
  return words.length > 1 ? words.map((word) => word[0]).join('') : name.toUpperCase().replace(/[^\p{Lu}]/gu, '')
}

/**
 * One country's sums, in one pass over the roll calls: how it voted in all and on each issue (4 counts
 * per issue, by 1 + vote index), and per partner and year how often both voted and voted alike.
 */
function tally(votes: Int8Array, partnerVotes: readonly Int8Array[], yearOf: Int16Array, issueBits: Int32Array, issueCount: number, years: number) {
  const overall = new Int32Array(4)
  const byIssue = new Int32Array(4 * issueCount)
  const both = new Int32Array(partnerVotes.length * years)
  const same = new Int32Array(partnerVotes.length * years)
  let firstYear = Infinity
  let lastYear = 0
  for (let rcid = 1; rcid < votes.length; rcid++) {
    const vote = votes[rcid]!
    const year = yearOf[rcid]!
    if (vote === NO_VOTE || year === 0) continue
    if (year < firstYear) firstYear = year
    if (year > lastYear) lastYear = year
    overall[vote]!++
    for (let bits = issueBits[rcid]!, i = 0; bits !== 0; bits >>= 1, i++) if (bits & 1) byIssue[4 * i + vote]!++
    for (let k = 0; k < partnerVotes.length; k++) {
      const theirs = partnerVotes[k]![rcid]!
      if (theirs === NO_VOTE) continue
      const cell = k * years + year - FIRST_YEAR
      both[cell]!++
      if (theirs === vote) same[cell]!++
    }
  }
  return { overall, byIssue, both, same, firstYear, lastYear }
}

export async function readCountryVotes(dir: string, partners: readonly string[] = DEFAULT_PARTNERS): Promise<Map<string, CountryVotes>> {
  const rollCalls = new Map<number, RollCall>()
  for (const r of parseSync(await readFile(path.join(dir, 'roll_calls.csv'), 'utf8'), { columns: true, bom: true }) as Record<string, string>[]) {
    rollCalls.set(Number(r.rcid), { year: Number((r.date ?? '').slice(0, 4)), row: r })
  }
  const lastRcid = Math.max(0, ...rollCalls.keys())
  // Issues as a small list and, per roll call, its issues as bits (the corpus has six).
  const issues: { code: string; issue: string }[] = []
  const issueBits = new Int32Array(lastRcid + 1)
  for (const r of parseSync(await readFile(path.join(dir, 'issues.csv'), 'utf8'), { columns: true, bom: true }) as Record<string, string>[]) {
    let i = issues.findIndex((known) => known.code === r.short_name)
    if (i === -1) i = issues.push({ code: r.short_name ?? '', issue: r.issue ?? '' }) - 1
    const rcid = Number(r.rcid)
    if (rcid <= lastRcid && i < 31) issueBits[rcid]! |= 1 << i
  }
  const matrix = await readVoteMatrix(path.join(dir, 'unvotes.csv'), lastRcid)
  // The year of each roll call; 0 for a roll call the corpus has votes for but no row.
  const yearOf = new Int16Array(lastRcid + 1)
  for (const [rcid, call] of rollCalls) yearOf[rcid] = call.year
  const years = Math.max(...yearOf) - FIRST_YEAR + 1

  // Each roll call's totals: 1 + vote index → count.
  const totals = Array.from({ length: 4 }, () => new Int32Array(lastRcid + 1))
  for (const votes of matrix.byCountry) {
    for (let rcid = 1; rcid <= lastRcid; rcid++) {
      const vote = votes[rcid]!
      if (vote !== NO_VOTE) totals[vote]![rcid]!++
    }
  }
  const count = (rcid: number) => ({ yes: totals[1]![rcid]!, no: totals[2]![rcid]!, abstain: totals[3]![rcid]! })
  // The most divisive roll calls first: the largest losing side (a 80–85 vote split the Assembly, a 1–1 vote of two members did not).
  const byDivisiveness = [...rollCalls.keys()].sort((a, b) => Math.min(totals[1]![b]!, totals[2]![b]!) - Math.min(totals[1]![a]!, totals[2]![a]!) || b - a)

  const result = new Map<string, CountryVotes>()
  matrix.codes.forEach((code, c) => {
    const votes = matrix.byCountry[c]!
    const partnerIndexes = partners.filter((p) => p !== code && matrix.codes.includes(p)).map((p) => matrix.codes.indexOf(p))
    const sums = tally(votes, partnerIndexes.map((i) => matrix.byCountry[i]!), yearOf, issueBits, issues.length, years)
    const { overall, byIssue, firstYear, lastYear } = sums
    if (lastYear === 0) return
    const counts = (v: ArrayLike<number>, at = 0) => ({ yes: v[at + 1]!, no: v[at + 2]!, abstain: v[at + 3]! })
    const divisive: DivisiveVote[] = []
    for (const rcid of byDivisiveness) {
      if (divisive.length === DIVISIVE_VOTES) break
      if (votes[rcid] === NO_VOTE) continue
      const { row } = rollCalls.get(rcid)!
      divisive.push({ rcid, date: adoptionDateOf(row.date ?? ''), symbol: symbolOfUnres(row.unres ?? ''), title: subjectOf(row), vote: VOTES[votes[rcid]! - 1]!, ...count(rcid) })
    }
    result.set(code, {
      code,
      name: matrix.names[c]!,
      firstYear,
      lastYear,
      total: overall[1]! + overall[2]! + overall[3]!,
      overall: counts(overall),
      byIssue: issues
        .map((issue, i) => ({ ...issue, ...counts(byIssue, 4 * i) }))
        .filter((i) => i.yes + i.no + i.abstain > 0)
        .sort((a, b) => a.issue.localeCompare(b.issue)),
      agreement: partnerIndexes.flatMap((p, k) => {
        const byYear = []
        for (let y = 0; y < years; y++) {
          const both = sums.both[k * years + y]!
          const same = sums.same[k * years + y]!
          if (both > 0) byYear.push({ year: FIRST_YEAR + y, share: same / both, votes: both, same })
        }
        return byYear.length > 0 ? [{ partner: matrix.codes[p]!, partnerName: matrix.names[p]!, byYear }] : []
      }),
      divisive,
    })
  })
  return result
}
