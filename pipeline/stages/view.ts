import { gaBySession } from '../../templates/charts/ga-by-session.ts'
import { missionsTimeline } from '../../templates/charts/missions-timeline.ts'
import { termState, termsTimeline } from '../../templates/charts/terms-timeline.ts'
import type { ChartSpec } from '../../templates/charts/types.ts'
import type { Catalog } from '../i18n.ts'
import { formatDate } from '../lib/format.ts'
import type { Cited, Entity, Highlighted, Model } from '../model.ts'
import { hostOf, shortLink, type SourceKind } from '../lib/sources.ts'
import path from 'node:path'
import { personnelByYear } from '../../templates/charts/personnel-by-year.ts'
import { agreementOverTime, votesByIssue } from '../../templates/charts/votes.ts'
import type { DivisiveVote } from '../corpus/votes.ts'
import type { DataPackage, Finding, PartialDate } from '../types.ts'


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

export interface KeyFact {
  readonly value: string
  readonly label: string
  readonly refs: readonly number[]
}

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
  readonly milestones: readonly Shown<Model['milestones'][number]>[]
  readonly resolutions: readonly Shown<Model['resolutions'][number]>[]
  /** Adopted resolutions with the same title and Kyrgyz role, in one row: the sheet's summary of a series. */
  readonly resolutionSeries: readonly ResolutionSeries[]
  readonly resolutionsNotFound: readonly Shown<Model['resolutions'][number]>[]
  readonly memberships: readonly MembershipView[]
  /** Bodies with their dated terms, in order of the first term; bodies without known terms are listed apart. */
  readonly bodies: readonly { body: Entity; terms: MembershipView[]; refs: number[] }[]
  readonly bodiesTermUnknown: readonly { body: Entity; refs: number[] }[]
  readonly deployments: readonly Shown<Model['deployments'][number]>[]
  readonly presence: readonly Shown<Model['presence'][number]>[]
  readonly treaties: readonly Shown<Model['treaties'][number]>[]
  readonly cooperation: readonly Shown<Model['cooperation'][number]>[]
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
  /** What the checks left (warnings and notes), for the pack's data-quality appendix. */
  readonly quality: readonly { readonly severity: string; readonly message: string; readonly hint: string | null; readonly where: string }[]
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

/** The sheet names the three most divisive votes; the pack names all the table holds. */
const SHEET_DIVISIVE_VOTES = 3

function votesView(model: Model, kind: DocumentKind, refsOf: (ids: readonly string[]) => number[]): VotesView | null {
  const votes = model.votes
  if (!votes || votes.total === 0) return null
  const percent = (n: number) => Math.round((n / votes.total) * 100)
  return {
    total: votes.total,
    firstYear: votes.firstYear,
    lastYear: votes.lastYear,
    percent: { yes: percent(votes.overall.yes), no: percent(votes.overall.no), abstain: percent(votes.overall.abstain) },
    divisive: votes.divisive.slice(0, kind === 'factsheet' ? SHEET_DIVISIVE_VOTES : undefined),
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
}

/** The descriptor's texts in a language: `i18n.<lang>` of datapackage.json, else the base (English) ones. */
export function documentText(pkg: DataPackage, lang: string): DocumentText {
  const own = pkg.i18n?.[lang] ?? {}
  return {
    title: own.title ?? pkg.title,
    country: own.country ?? pkg.country,
    description: own.description ?? pkg.description ?? '',
    publisher: own.publisher ?? pkg.publisher ?? '',
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
  }
}

function keyFacts(model: Model, asOf: PartialDate, catalog: Catalog, refsOf: (row: CitedRow) => number[]): KeyFact[] {
  const label = catalog.t
  const date = (d: PartialDate | null) => formatDate(d, catalog.lang)
  const facts: KeyFact[] = []
  const admission = model.resolutions.find((r) => r.kyrgyzRole === 'subject' && r.topic === 'membership' && r.adoptionDate)
  if (admission) facts.push({ value: date(admission.adoptionDate), label: label('factMemberSince'), refs: refsOf(admission) })
  const council = model.memberships.find((m) => m.body.id === 'UNSC' && m.termEnd && termState(m, asOf) !== 'past')
  if (council?.termStart && council.termEnd) {
    const detail = council.electionDate && council.votes !== null ? label('factSecurityCouncilElected', { date: formatDate(council.electionDate, catalog.lang, 'on'), votes: council.votes }) : label('factSecurityCouncilMember')
    facts.push({ value: `${council.termStart.year}–${council.termEnd.year}`, label: `${label('factSecurityCouncil')}: ${detail}`, refs: refsOf(council) })
  }
  const initiated = model.resolutions.filter((r) => r.status === 'adopted' && r.kyrgyzRole === 'initiator')
  if (initiated.length > 0) facts.push({ value: String(initiated.length), label: label('factInitiatives', { count: initiated.length }), refs: [] })
  const terms = model.memberships.filter((m) => m.capacity === 'state' && m.termStart && m.termEnd)
  if (terms.length > 0) facts.push({ value: String(terms.length), label: label('factElectedTerms', { count: terms.length }), refs: [] })
  const missions = model.deployments.filter((d) => d.mission)
  if (missions.length > 0) facts.push({ value: String(missions.length), label: label('factMissions', { count: missions.length }), refs: [] })
  const depositary = model.treaties.find((t) => t.kyrgyzRole === 'depositary')
  if (depositary) facts.push({ value: label('factDepositary'), label: depositary.name, refs: refsOf(depositary) })
  return facts
}

/** View stage: the model, the as-of date and a language's labels → what the template prints. */
/**
 * The sheet shows the highlighted milestones; the pack shows every one, with the data-quality
 * appendix and the glossary.
 */
export function buildView(curated: Model, pkg: DataPackage, asOf: PartialDate, catalog: Catalog, kind: DocumentKind = 'factsheet', findings: readonly Finding[] = []): ViewModel {
  const label = catalog.t
  const lang = catalog.lang
  const all = verifiedOnly(curated)
  // A seat held in a personal capacity is no term of the state: it is listed apart, outside counts and charts.
  const model: Model = { ...all, memberships: all.memberships.filter((m) => m.capacity === 'state') }
  const sources = sourceRegister(model, pkg, catalog, kind === 'factsheet')
  const facts = keyFacts(model, asOf, catalog, sources.refsOfRow)
  // The sheet prints a table's highlighted rows (all of them where none is), so it cites only their sources.
  const shown = <T extends Highlighted>(rows: readonly T[]) => (kind === 'factsheet' && rows.some((r) => r.highlight) ? rows.filter((r) => r.highlight) : rows)
  const milestones = sources.withRefs(shown(model.milestones))
  const resolutions = sources.withRefs(shown(model.resolutions.filter((r) => r.status === 'adopted')))
  const resolutionsNotFound = sources.withRefs(model.resolutions.filter((r) => r.status !== 'adopted'))
  const resolutionSeries = groupBy(resolutions, (r) => `${r.title}\u0000${r.kyrgyzRole}`).map((items) => ({
    title: items[0]!.title,
    kyrgyzRole: items[0]!.kyrgyzRole,
    items,
    refs: unionRefs(items),
  }))
  const memberships: MembershipView[] = sources.withRefs(shown(model.memberships)).map((m) => ({ ...m, state: m.status === 'candidate' ? 'candidate' : termState(m, asOf) }))
  const dated = memberships.filter((m) => m.state !== 'unknown')
  const bodies = groupBy(dated, (m) => m.body.id).map((terms) => ({ body: terms[0]!.body, terms, refs: unionRefs(terms) }))
  const bodiesTermUnknown = groupBy(memberships.filter((m) => m.state === 'unknown'), (m) => m.body.id).map((terms) => ({ body: terms[0]!.body, refs: unionRefs(terms) }))
  const deployments = sources.withRefs(shown(model.deployments))
  const presence = sources.withRefs(shown(model.presence))
  const treaties = sources.withRefs(shown(model.treaties))
  const cooperation = sources.withRefs(shown(model.cooperation))
  const personalSeats = sources.withRefs(kind === 'factsheet' ? [] : all.memberships.filter((m) => m.capacity === 'personal'))
  const votes = votesView(model, kind, sources.refsOf)
  const text = documentText(pkg, lang)
  const chartSize = kind === 'factsheet' ? 'half' : 'full'
  const charts = Object.fromEntries(
    [
      gaBySession(model.resolutions, label),
      termsTimeline(model.memberships, asOf, label),
      missionsTimeline(model.deployments, asOf, label),
      kind === 'briefing-pack' ? personnelByYear(model.personnel, label) : null,
      ...(votes && model.votes ? [votesByIssue(model.votes, text.country, label, chartSize), agreementOverTime(model.votes, text.country, label, chartSize)] : []),
    ]
      .filter((c): c is ChartSpec => c !== null)
      .map((c) => [c.id, c]),
  )
  const named = [...model.memberships.map((m) => m.body), ...model.presence.map((p) => p.entity), ...model.deployments.flatMap((d) => (d.mission ? [d.mission] : [])), ...model.cooperation.flatMap((c) => c.partners)]
  const glossary = [...new Map(named.filter((e) => e.acronym).map((e) => [e.acronym!, { acronym: e.acronym!, name: e.name }])).values()].sort((a, b) => a.acronym.localeCompare(b.acronym, lang))
  const quality = findings.filter((f) => f.severity !== 'error').map((f) => ({ severity: f.severity, message: f.message, hint: f.hint, where: `${path.basename(f.file)}, line ${f.line}` }))
  return { glossary, quality, lang, pkg, text, asOf, catalog, keyFacts: facts, milestones, resolutions, resolutionSeries, resolutionsNotFound, memberships, bodies, bodiesTermUnknown, deployments, presence, treaties, cooperation, charts, votes, personalSeats, ...sourceLists(sources) }
}
