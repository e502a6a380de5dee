import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { csvText, type Cell } from '../lib/csv-write.ts'
import type { OutputFile } from '../lib/atomic.ts'
import { VOTES_SOURCE, type CountryVotes } from './votes.ts'

/**
 * A country's voting record as four tables of its dataset (votes_summary, votes_by_issue,
 * votes_agreement, votes_divisive): derived once from the corpus, committed, checked and cited like any
 * other table, so building the fact sheet needs neither the 19 MB corpus nor the time to sum it.
 */

const NOTE = 'Derived: sums over the recorded votes of the UN General Assembly voting data (yes, no, abstain; absences not counted).'

type Row = Record<string, string>

async function rowsOf(file: string): Promise<Row[]> {
  const text = await readFile(file, 'utf8').catch(() => null)
  return text === null ? [] : (parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Row[])
}

/** Translations an analyst added are kept for as long as the English text they translate is unchanged. */
function translationsBy(rows: readonly Row[], key: string, field: string, langs: readonly string[]) {
  const byKey = new Map(rows.map((row) => [row[key] ?? '', row]))
  return (keyValue: string | number, english: string): Cell[] => {
    const row = byKey.get(String(keyValue))
    return langs.map((lang) => (row && row[field] === english ? (row[`${field}_${lang}`] ?? '') : ''))
  }
}

export async function votesTables(votes: CountryVotes, dir: string, langs: readonly string[] = ['ru', 'ky']): Promise<OutputFile[]> {
  const file = (name: string) => path.join(dir, `${name}.csv`)
  const partnerNames = translationsBy(await rowsOf(file('votes_agreement')), 'partner', 'partner_name', langs)
  const subjects = translationsBy(await rowsOf(file('votes_divisive')), 'rcid', 'subject', langs)
  // The ids an analyst cited (rows of the dataset's sources table) are kept; a first run cites the corpus.
  const cited = (await rowsOf(file('votes_summary')))[0]?.source || VOTES_SOURCE
  const tables: Record<string, { header: string[]; rows: Cell[][] }> = {
    votes_summary: {
      header: ['country_code', 'first_year', 'last_year', 'yes', 'no', 'abstain', 'source', 'notes'],
      rows: [[votes.code, votes.firstYear, votes.lastYear, votes.overall.yes, votes.overall.no, votes.overall.abstain, cited, NOTE]],
    },
    votes_by_issue: {
      header: ['issue', 'yes', 'no', 'abstain', 'source', 'notes'],
      rows: votes.byIssue.map((i) => [i.code, i.yes, i.no, i.abstain, cited, `${NOTE} Issue: ${i.issue}.`]),
    },
    votes_agreement: {
      header: ['partner', 'partner_name', ...langs.map((l) => `partner_name_${l}`), 'year', 'votes', 'same', 'source', 'notes'],
      rows: votes.agreement.flatMap((a) =>
        a.byYear.map((y) => [a.partner, a.partnerName, ...partnerNames(a.partner, a.partnerName), y.year, y.votes, y.same, cited, null]),
      ),
    },
    votes_divisive: {
      header: ['rcid', 'date', 'symbol', 'subject', ...langs.map((l) => `subject_${l}`), 'vote', 'yes', 'no', 'abstain', 'source', 'notes'],
      rows: votes.divisive.map((d) => [d.rcid, d.date, d.symbol || null, d.title, ...subjects(d.rcid, d.title), d.vote, d.yes, d.no, d.abstain, cited, null]),
    },
  }
  return Object.entries(tables).map(([name, t]) => ({ path: file(name), data: csvText(t.header, t.rows) }))
}
