import type { Catalog } from '../i18n.ts'
import { isoOf } from '../lib/dates.ts'
import type { FindingCatalog } from '../lib/finding-text.ts'
import type { Model } from '../model.ts'
import type { Finding, PartialDate, RawTable, TypedTable } from '../types.ts'

/**
 * The pack's "Notes on the data and coverage", for a delegate: what each part covers and for which
 * period, what is not known and why, how much was confirmed against a source, the symbols, and the
 * designations disclaimer. Every sentence comes from the findings catalog of the document's language;
 * nothing of the machinery (files, lines, rule ids) is printed.
 */
export interface NotesView {
  readonly intro: string
  /** Notes on the whole document (names left in English for want of a translation). */
  readonly general: readonly string[]
  /** One entry per part of the document that has data, in the pack's order; `notes` are sentences. */
  readonly parts: readonly { readonly id: string; readonly title: string; readonly notes: readonly string[] }[]
  /** The share of rows confirmed against a source, when the tables say which are. */
  readonly verified: string | null
  readonly legendTitle: string
  readonly legend: readonly { readonly sign: string; readonly meaning: string }[]
  readonly disclaimer: string
}

/** The finding codes the notes tell a reader about; each has a `<code>.note` message in every language. */
export const NOTED_CODES = ['term-missing.no-term', 'entity-ended.no-end', 'missing-translation.entity-names', 'missing-translation.cells'] as const

/** The other keys of the findings catalogs the notes use (tests check every language has them). */
export const NOTE_KEYS = [
  'notes.intro',
  'notes.milestones',
  'notes.resolutions',
  'notes.resolutionsUnmatched',
  'notes.bodies',
  'notes.peacekeeping',
  'notes.personnel',
  'notes.votes',
  'notes.votesEnded',
  'notes.presence',
  'notes.treaties',
  'notes.cooperation',
  'notes.verified',
  'notes.legendTitle',
  'notes.legendNotAvailable',
  'notes.legendNil',
  'notes.disclaimer',
] as const

const years = (dates: readonly (PartialDate | null)[]) => {
  const known = dates.filter((d): d is PartialDate => d !== null).map((d) => d.year)
  return known.length ? { first: String(Math.min(...known)), last: String(Math.max(...known)) } : null
}

/** A list of names as a sentence writes it, in the catalog's language. */
const listOf = (names: readonly string[], lang: string) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(names)

/** Share of rows confirmed (`verified` true) over the tables that have the column: empty counts as not. */
function verifiedShare(tables: Readonly<Record<string, TypedTable>>, raw: readonly RawTable[]): { verified: number; total: number } | null {
  const marked = raw.filter((t) => t.schema.fields.some((f) => f.name === 'verified')).flatMap((t) => tables[t.name]?.rows ?? [])
  return marked.length ? { verified: marked.filter((r) => r.values.verified === true).length, total: marked.length } : null
}

export interface NotesInput {
  readonly model: Model
  readonly tables: Readonly<Record<string, TypedTable>>
  /** The tables as read, for their schemas. */
  readonly raw: readonly RawTable[]
  readonly findings: readonly Finding[]
  readonly asOf: PartialDate
  /** The document's labels, for the headings of its parts. */
  readonly labels: Catalog
  /** The findings catalog of the document's language. */
  readonly texts: FindingCatalog
}

/**
 * The rows the documents print: a row no source has confirmed (`verified` false, where the model
 * carries it) is left out of print, so the notes do not count it either.
 */
function printedRows(model: Model): Model {
  const printed = <T>(rows: readonly T[]) => rows.filter((row) => (row as { readonly verified?: boolean }).verified !== false)
  return {
    ...model,
    milestones: printed(model.milestones),
    resolutions: printed(model.resolutions),
    memberships: printed(model.memberships),
    presence: printed(model.presence),
    deployments: printed(model.deployments),
    treaties: printed(model.treaties),
    cooperation: printed(model.cooperation),
  }
}

export function buildNotes({ model: all, tables, raw, findings, asOf, labels, texts }: NotesInput): NotesView {
  const model = printedRows(all)
  const lang = texts.lang
  const t = texts.text
  const asOfDate = isoOf(asOf)
  const of = (code: (typeof NOTED_CODES)[number]) => findings.filter((f) => f.code === code)
  const bodyName = (id: string | number | undefined) => model.memberships.find((m) => m.body.id === id)?.body.name ?? String(id)
  // A finding about a body the documents do not print is not the reader's concern.
  const printedBody = (id: string | number | undefined) => model.memberships.some((m) => m.body.id === id)
  const parts: { id: string; title: string; notes: string[] }[] = []
  const part = (id: string, heading: string, notes: (string | null)[]) => {
    const kept = notes.filter((n): n is string => n !== null)
    if (kept.length) parts.push({ id, title: labels.t(heading), notes: kept })
  }

  const milestones = years(model.milestones.map((m) => m.date))
  part('overview', 'overview', [milestones && t('notes.milestones', { count: model.milestones.length, ...milestones })])

  const adopted = model.resolutions.filter((r) => r.status === 'adopted')
  const adoptedYears = years(adopted.map((r) => r.adoptionDate))
  const unmatched = model.resolutions.length - adopted.length
  part('resolutions', 'gaInitiatives', [
    adoptedYears && t('notes.resolutions', { count: adopted.length, ...adoptedYears }),
    unmatched > 0 ? t('notes.resolutionsUnmatched', { count: unmatched }) : null,
  ])

  const terms = model.memberships.filter((m) => m.termStart || m.termEnd)
  const termYears = years(terms.flatMap((m) => [m.termStart, m.termEnd]))
  const ended = of('entity-ended.no-end').filter((f) => printedBody(f.params.entity))
  // A body that ended is told of on its own, with the year it ended.
  const endedIds = new Set(ended.map((f) => f.params.entity))
  const noTerm = [...new Set(of('term-missing.no-term').filter((f) => printedBody(f.params.body) && !endedIds.has(f.params.body)).map((f) => bodyName(f.params.body)))]
  const endedYears = [...new Set(ended.map((f) => String(f.params.year)))]
  part('bodies', 'electedBodies', [
    termYears && t('notes.bodies', { count: terms.length, ...termYears }),
    noTerm.length ? t('term-missing.no-term.note', { count: noTerm.length, names: listOf(noTerm, lang) }) : null,
    ended.length ? t('entity-ended.no-end.note', { count: ended.length, names: listOf([...new Set(ended.map((f) => bodyName(f.params.entity)))], lang), years: listOf(endedYears, lang) }) : null,
  ])

  // A mandate still running reaches to the as-of date.
  const mandates = years(model.deployments.flatMap((d) => [d.mandateStart, d.mandateEnd ?? asOf]))
  const personnel = years(model.personnel.map((p) => ({ year: p.year, month: null, day: null, precision: 'year' as const })))
  part('peacekeeping', 'peacekeeping', [
    mandates && t('notes.peacekeeping', { count: model.deployments.length, ...mandates }),
    personnel && t('notes.personnel', personnel),
  ])
  part('presence', 'presence', [model.presence.length ? t('notes.presence', { count: model.presence.length, asOfDate_asOf: asOfDate }) : null])
  part('treaties', 'treatiesDisarmament', [model.treaties.length ? t('notes.treaties', { count: model.treaties.length, asOfDate_asOf: asOfDate }) : null])
  part('cooperation', 'cooperation', [model.cooperation.length ? t('notes.cooperation', { count: model.cooperation.length, asOfDate_asOf: asOfDate }) : null])

  const votes = model.votes
  if (votes && votes.total > 0) {
    const span = { first: String(votes.firstYear), last: String(votes.lastYear) }
    // A record that stops more than a year before the as-of date is old data, and the reader is told so.
    part('votes', 'sectionVotes', [t(votes.lastYear < asOf.year - 1 ? 'notes.votesEnded' : 'notes.votes', span)])
  }

  // Texts left in English concern only the document in that language.
  const untranslated = [...of('missing-translation.entity-names'), ...of('missing-translation.cells')].filter((f) => f.params.lang === lang)
  const general = untranslated.map((f) => t(`${f.code}.note`, { count: f.params.count ?? 0 }))

  const share = verifiedShare(tables, raw)
  return {
    intro: t('notes.intro', { asOfDate_asOf: asOfDate }),
    general,
    parts,
    verified: share ? t('notes.verified', share) : null,
    legendTitle: t('notes.legendTitle'),
    legend: [
      { sign: '…', meaning: t('notes.legendNotAvailable') },
      { sign: '–', meaning: t('notes.legendNil') },
    ],
    disclaimer: t('notes.disclaimer'),
  }
}
