import { chartSource, unDocuments } from '../../templates/charts/chart-source.ts'
import { gaByTheme } from '../../templates/charts/ga-by-theme.ts'
import { missionsTimeline } from '../../templates/charts/missions-timeline.ts'
import { termState, termsTimeline } from '../../templates/charts/terms-timeline.ts'
import type { ChartSpec } from '../../templates/charts/types.ts'
import type { Catalog } from '../i18n.ts'
import { parseIsoDate } from '../lib/dates.ts'
import { formatDate } from '../lib/format.ts'
import { hostOf, shortLink, type SourceKind } from '../lib/sources.ts'
import type { Cited, Entity, Model } from '../model.ts'
import { personnelByYear } from '../../templates/charts/personnel-by-year.ts'
import { agreementOverTime, votesByIssue } from '../../templates/charts/votes.ts'
import type { DivisiveVote } from '../corpus/votes.ts'
import type { DataPackage, PartialDate } from '../types.ts'
import { keyFacts, type KeyFact } from './key-facts.ts'
import type { NotesView } from './notes.ts'
import { confirmedRows, SHEET_CHARTS, sheetRows, symbolInText, type SymbolInText } from './select.ts'


/** A cited document as printed: "Publisher, Title or symbol, date, short link". */
export interface SourceEntry {
  readonly n: number
  readonly id: string
  readonly publisher: string
  /** The title, or the UN document symbol where the title is the symbol's. */
  readonly title: string
  /** Formatted in the document's language. */
  readonly date: string | null
  /** Only https links become links; anything else is printed as text. */
  readonly href: string | null
  /** The address printed on the sheet: at most 40 characters, no scheme. */
  readonly shortLink: string | null
  /** The address printed in the pack: at most 70 characters, no scheme. */
  readonly link: string | null
  readonly kind: SourceKind
}

/** The sheet's sources block: each publisher once, with the numbers of its documents. */
export interface SourcePublisher {
  readonly publisher: string
  readonly refs: readonly number[]
  /** The numbers as printed: "1, 3–5". */
  readonly refsText: string
}

export type { KeyFact }

/** A printed row: the numbers of its sources, and whether it rests on the Ministry's own page alone. */
export type Shown<T> = T & { refs: number[]; ministryStatement: boolean }

/** What the page shows, in reading order, with every row carrying the numbers of its sources. */
export interface ViewModel {
  readonly lang: string
  readonly pkg: DataPackage
  /** Title, country, description and publisher in the document's language. */
  readonly text: DocumentText
  readonly asOf: PartialDate
  readonly catalog: Catalog
  readonly keyFacts: readonly KeyFact[]
  /** `inEvent`: where the event's text names its symbol, so the symbol is linked there and not repeated. */
  readonly milestones: readonly (Shown<Model['milestones'][number]> & { inEvent: SymbolInText | null })[]
  readonly resolutions: readonly Shown<Model['resolutions'][number]>[]
  /** Adopted resolutions with the same title and Kyrgyz role, in one row: the sheet's summary of a series. */
  readonly resolutionSeries: readonly ResolutionSeries[]
  readonly memberships: readonly MembershipView[]
  /** Bodies with their dated terms, in order of the first term; bodies without known terms are listed apart. */
  readonly bodies: readonly { body: Entity; terms: MembershipView[]; refs: number[] }[]
  readonly bodiesTermUnknown: readonly { body: Entity; refs: number[] }[]
  readonly deployments: readonly Shown<Model['deployments'][number]>[]
  readonly presence: readonly Shown<Model['presence'][number]>[]
  readonly treaties: readonly Shown<Model['treaties'][number]>[]
  readonly cooperation: readonly Shown<Model['cooperation'][number]>[]
  /** The pack's key messages, in order. */
  readonly summary: readonly Shown<Model['summary'][number]>[]
  readonly charts: Readonly<Record<string, ChartSpec>>
  /** Null when the dataset has no voting record. */
  readonly votes: VotesView | null
  readonly sources: readonly SourceEntry[]
  /** The sources grouped by publisher, in order of first citation: the sheet's sources block. */
  readonly sourcePublishers: readonly SourcePublisher[]
  /** Seats held by a national in a personal capacity (not terms of the state). */
  readonly personalSeats: readonly Shown<Model['memberships'][number]>[]
  /** Acronyms of the entities the document names, for the pack's glossary. */
  readonly glossary: readonly { readonly acronym: string; readonly name: string }[]
  /** The pack's notes on the data and coverage (`templates/partials/notes-on-data.hbs`); null on the sheet. */
  readonly notes: NotesView | null
}

export interface VotesView {
  readonly total: number
  readonly firstYear: number
  readonly lastYear: number
  /** Whole percent of the recorded votes it took part in. */
  readonly percent: { readonly yes: number; readonly no: number; readonly abstain: number }
  readonly divisive: readonly DivisiveVote[]
  readonly refs: readonly number[]
}

export type DocumentKind = 'factsheet' | 'briefing-pack'

function votesView(model: Model, kind: DocumentKind, refsOf: (ids: readonly string[]) => number[]): VotesView | null {
  const votes = model.votes
  if (!votes || votes.total === 0) return null
  const percent = (n: number) => Math.round((n / votes.total) * 100)
  return {
    total: votes.total,
    firstYear: votes.firstYear,
    lastYear: votes.lastYear,
    percent: { yes: percent(votes.overall.yes), no: percent(votes.overall.no), abstain: percent(votes.overall.abstain) },
    // Single votes need their context, which only the pack has room for.
    divisive: kind === 'factsheet' ? [] : votes.divisive,
    refs: refsOf(votes.sources),
  }
}

type ResolutionView = Shown<Model['resolutions'][number]>
type MembershipView = Shown<Model['memberships'][number]> & { state: string }

export interface ResolutionSeries {
  readonly title: string
  readonly kyrgyzRole: string
  readonly items: readonly ResolutionView[]
  readonly refs: readonly number[]
}

export interface DocumentText {
  readonly title: string
  readonly country: string
  readonly description: string
  readonly publisher: string
  /** The cover's lines; empty when the data package has none. */
  readonly occasion: string
  readonly classification: string
  readonly issuedBy: string
}

/** The descriptor's texts in a language: `i18n.<lang>` of datapackage.json, else the base (English) ones. */
export function documentText(pkg: DataPackage, lang: string): DocumentText {
  const own = pkg.i18n?.[lang] ?? {}
  return {
    title: own.title ?? pkg.title,
    country: own.country ?? pkg.country,
    description: own.description ?? pkg.description ?? '',
    publisher: own.publisher ?? pkg.publisher ?? '',
    occasion: own.occasion ?? pkg.occasion ?? '',
    classification: own.classification ?? pkg.classification ?? '',
    issuedBy: own.issuedBy ?? pkg.issuedBy ?? '',
  }
}

/** Groups rows by a key, keeping the order in which each group first appears. */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const k = key(row)
    groups.set(k, [...(groups.get(k) ?? []), row])
  }
  return [...groups.values()]
}

const unionRefs = (rows: readonly { refs: readonly number[] }[]) => [...new Set(rows.flatMap((r) => r.refs))].sort((a, b) => a - b)

/** A row as the register cites it: curated rows name the source that confirms them. */
type CitedRow = Cited & { readonly verifiedBy?: string | null }

/** Printed addresses: the sheet's at most 40 characters, the pack's at most 70. */
const SHORT_LINK = 40
const LINK = 70

/** The UN's address of a document in a language: Russian and Kyrgyz readers get the Russian text. */
function inLanguage(url: string, lang: string): string {
  return lang === 'ru' || lang === 'ky' ? url.replace(/^https:\/\/undocs\.org\/(?!ru\/)/, 'https://undocs.org/ru/') : url
}

/** "1, 3–5, 7" */
function refsText(refs: readonly number[]): string {
  const runs: string[] = []
  for (let i = 0; i < refs.length; ) {
    let j = i
    while (j + 1 < refs.length && refs[j + 1] === refs[j]! + 1) j++
    runs.push(j > i + 1 ? `${refs[i]}–${refs[j]}` : j === i + 1 ? `${refs[i]}, ${refs[j]}` : `${refs[i]}`)
    i = j + 1
  }
  return runs.join(', ')
}

/**
 * Numbers sources in the order a reader meets them; the same source keeps its first number. Rows cite
 * ids of the sources table; a dataset without one cites URLs (or `seed`), printed by their address.
 */
function sourceRegister(model: Model, pkg: DataPackage, catalog: Catalog, brief: boolean) {
  const numbers = new Map<string, number>()
  const ref = (id: string): number => {
    const key = id.trim()
    const known = numbers.get(key)
    if (known !== undefined) return known
    numbers.set(key, numbers.size + 1)
    return numbers.size
  }
  const refsOf = (ids: readonly string[]) => [...new Set(ids.map(ref))]
  const seedUrl = pkg.seed?.url ?? null
  /** The row rests on the source document alone: the Ministry's own statement, printed as such. */
  const ministryOnly = (ids: readonly string[]) => seedUrl !== null && ids.length > 0 && ids.every((id) => id === 'seed' || model.sources.get(id)?.url === seedUrl)
  /** The sheet cites each row by the source that confirms it; the pack cites every source of the row. */
  const cited = (row: CitedRow) => (brief && row.verifiedBy ? [row.verifiedBy] : row.sources)
  const withRefs = <T extends Cited>(rows: readonly T[]) => rows.map((row) => ({ ...row, refs: refsOf(cited(row)), ministryStatement: ministryOnly(row.sources) }))
  const entry = (id: string, n: number): SourceEntry => {
    const source = model.sources.get(id)
    const raw = source ? source.url : id === 'seed' ? seedUrl : id
    const url = raw && /^https?:\/\/\S+$/.test(raw) ? inLanguage(raw, catalog.lang) : null
    // An http address is printed but not linked: only https links leave the document.
    const links = { href: url?.startsWith('https://') ? url : null, shortLink: url ? shortLink(url, SHORT_LINK) : null, link: url ? shortLink(url, LINK) : null }
    if (source) return { n, id, publisher: source.publisher, title: source.title || (source.symbol ?? ''), date: source.date ? formatDate(source.date, catalog.lang) : null, kind: source.kind, ...links }
    if (id === 'seed') return { n, id, publisher: documentText(pkg, catalog.lang).publisher, title: pkg.seed?.title ?? pkg.title, date: null, kind: 'government', ...links }
    return { n, id, publisher: (url && hostOf(url)) ?? id, title: '', date: null, kind: 'other', ...links }
  }
  const entries = (): SourceEntry[] => [...numbers].map(([id, n]) => entry(id, n))
  const publishers = (list: readonly SourceEntry[]): SourcePublisher[] =>
    groupBy(list, (e) => e.publisher).map((group) => {
      const refs = group.map((e) => e.n)
      return { publisher: group[0]!.publisher, refs, refsText: refsText(refs) }
    })
  const refsOfRow = (row: CitedRow) => refsOf(cited(row))
  return { refsOf, refsOfRow, withRefs, entries, publishers }
}

function sourceLists(register: ReturnType<typeof sourceRegister>) {
  const entries = register.entries()
  return { sources: entries, sourcePublishers: register.publishers(entries) }
}

/** Rows no source has confirmed stay out of print; the editor's report lists them. */
function verifiedOnly(model: Model): Model {
  const keep = <T extends { verified: boolean }>(rows: readonly T[]) => rows.filter((r) => r.verified)
  return {
    ...model,
    milestones: keep(model.milestones),
    resolutions: keep(model.resolutions),
    memberships: keep(model.memberships),
    presence: keep(model.presence),
    deployments: keep(model.deployments),
    treaties: keep(model.treaties),
    cooperation: keep(model.cooperation),
    personnel: keep(model.personnel),
    summary: keep(model.summary),
  }
}

/**
 * View stage: the model, the as-of date and a language's labels → what the template prints. Rows no
 * source confirmed are left out of both documents; the sheet shows the rows `select.ts` chooses and
 * counts and charts only confirmed rows; the pack shows every confirmed row, with the notes on the data
 * and the glossary.
 */
export function buildView(whole: Model, pkg: DataPackage, asOf: PartialDate, catalog: Catalog, kind: DocumentKind = 'factsheet', notes: NotesView | null = null): ViewModel {
  const label = catalog.t
  const lang = catalog.lang
  const sheet = kind === 'factsheet'
  const all = verifiedOnly(whole)
  // A seat held in a personal capacity is no term of the state: it is listed apart, outside counts and charts.
  const states: Model = { ...all, memberships: all.memberships.filter((m) => m.capacity === 'state') }
  const counted = sheet ? confirmedRows(states) : states
  const model = sheet ? sheetRows(counted) : counted
  const sources = sourceRegister(all, pkg, catalog, sheet)
  const text = documentText(pkg, lang)
  // The summary comes first in the pack, so its sources are numbered first.
  const summary = sheet ? [] : sources.withRefs(model.summary)
  const facts = keyFacts(counted, asOf, catalog, text.country, sources.refsOfRow)
  const milestones = sources.withRefs(model.milestones).map((m) => ({ ...m, inEvent: symbolInText(m.event, m.symbol) }))
  const resolutions = sources.withRefs(model.resolutions.filter((r) => r.status === 'adopted'))
  const resolutionSeries = groupBy(resolutions, (r) => `${r.title}\u0000${r.kyrgyzRole}`).map((items) => ({
    title: items[0]!.title,
    kyrgyzRole: items[0]!.kyrgyzRole,
    items,
    refs: unionRefs(items),
  }))
  const memberships: MembershipView[] = sources.withRefs(model.memberships).map((m) => ({ ...m, state: m.status === 'candidate' ? 'candidate' : termState(m, asOf) }))
  const dated = memberships.filter((m) => m.state !== 'unknown')
  const bodies = groupBy(dated, (m) => m.body.id).map((terms) => ({ body: terms[0]!.body, terms, refs: unionRefs(terms) }))
  const bodiesTermUnknown = groupBy(memberships.filter((m) => m.state === 'unknown'), (m) => m.body.id).map((terms) => ({ body: terms[0]!.body, refs: unionRefs(terms) }))
  const deployments = sources.withRefs(model.deployments)
  const presence = sources.withRefs(model.presence)
  const treaties = sources.withRefs(model.treaties)
  const cooperation = sources.withRefs(model.cooperation)
  const personalSeats = sources.withRefs(sheet ? [] : all.memberships.filter((m) => m.capacity === 'personal'))
  const votes = votesView(model, kind, sources.refsOf)
  const chartSize = sheet ? 'half' : 'full'
  const sourceOf = (rows: readonly Cited[]) => chartSource(rows.flatMap((r) => r.sources).map((id) => all.sources.get(id) ?? null), label)
  const personnelCoverage = pkg.resources.find((r) => r.name === 'personnel')?.coverage?.end
  const personnelThrough = personnelCoverage ? parseIsoDate(personnelCoverage, true) : null
  const missions = { deployments: counted.deployments, personnel: counted.personnel, personnelThrough, asOf, source: sourceOf([...counted.deployments, ...counted.personnel]) }
  const charts = Object.fromEntries(
    [
      // The sheet's resolution table says what its chart would; the pack has room to show the themes over time.
      sheet ? null : gaByTheme(counted.resolutions, unDocuments(label), label),
      termsTimeline(counted.memberships, asOf, sourceOf(counted.memberships), label, lang, chartSize),
      missionsTimeline(missions, label, lang, chartSize),
      sheet ? null : personnelByYear({ rows: model.personnel, through: personnelThrough, source: sourceOf(model.personnel) }, label),
      ...(votes && model.votes ? [votesByIssue(model.votes, text.country, sourceOf([model.votes]), label, chartSize), agreementOverTime(model.votes, text.country, sourceOf([model.votes]), label, chartSize)] : []),
    ]
      .filter((c): c is ChartSpec => c !== null && (!sheet || SHEET_CHARTS.includes(c.id)))
      .map((c) => [c.id, c]),
  )
  const named = [...model.memberships.map((m) => m.body), ...model.presence.map((p) => p.entity), ...model.deployments.flatMap((d) => (d.mission ? [d.mission] : [])), ...model.cooperation.flatMap((c) => c.partners)]
  const glossary = [...new Map(named.filter((e) => e.acronym).map((e) => [e.acronym!, { acronym: e.acronym!, name: e.name }])).values()].sort((a, b) => a.acronym.localeCompare(b.acronym, lang))
  return { glossary, notes, lang, pkg, text, asOf, catalog, keyFacts: facts, milestones, resolutions, resolutionSeries, memberships, bodies, bodiesTermUnknown, deployments, presence, treaties, cooperation, summary, charts, votes, personalSeats, ...sourceLists(sources) }
}
