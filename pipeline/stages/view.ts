import { chartSource, unDocuments } from '../../templates/charts/chart-source.ts'
import { gaByTheme } from '../../templates/charts/ga-by-theme.ts'
import { missionsTimeline } from '../../templates/charts/missions-timeline.ts'
import { termState, termsTimeline } from '../../templates/charts/terms-timeline.ts'
import type { ChartSpec } from '../../templates/charts/types.ts'
import type { Catalog } from '../i18n.ts'
import { parseIsoDate } from '../lib/dates.ts'
import { formatDate } from '../lib/format.ts'
import type { Entity, Model, Sourced } from '../model.ts'
import { personnelByYear } from '../../templates/charts/personnel-by-year.ts'
import { agreementOverTime, votesByIssue } from '../../templates/charts/votes.ts'
import type { DivisiveVote } from '../corpus/votes.ts'
import type { DataPackage, PartialDate } from '../types.ts'
import { keyFacts, type KeyFact } from './key-facts.ts'
import type { NotesView } from './notes.ts'
import { confirmedRows, SHEET_CHARTS, sheetRows, symbolInText, type SymbolInText } from './select.ts'


export interface SourceEntry {
  readonly n: number
  readonly text: string
  /** Only https links become links; anything else is printed as text. */
  readonly href: string | null
}

export type { KeyFact }

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
  readonly milestones: readonly (Model['milestones'][number] & { refs: number[]; inEvent: SymbolInText | null })[]
  readonly resolutions: readonly (Model['resolutions'][number] & { refs: number[] })[]
  /** Adopted resolutions with the same title and Kyrgyz role, in one row: the sheet's summary of a series. */
  readonly resolutionSeries: readonly ResolutionSeries[]
  readonly resolutionsNotFound: readonly (Model['resolutions'][number] & { refs: number[] })[]
  readonly memberships: readonly MembershipView[]
  /** Bodies with their dated terms, in order of the first term; bodies without known terms are listed apart. */
  readonly bodies: readonly { body: Entity; terms: MembershipView[]; refs: number[] }[]
  readonly bodiesTermUnknown: readonly { body: Entity; refs: number[] }[]
  readonly deployments: readonly (Model['deployments'][number] & { refs: number[] })[]
  readonly presence: readonly (Model['presence'][number] & { refs: number[] })[]
  readonly treaties: readonly (Model['treaties'][number] & { refs: number[] })[]
  readonly cooperation: readonly (Model['cooperation'][number] & { refs: number[] })[]
  readonly charts: Readonly<Record<string, ChartSpec>>
  /** Null when the dataset has no voting record. */
  readonly votes: VotesView | null
  readonly sources: readonly SourceEntry[]
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

function votesView(model: Model, kind: DocumentKind, ref: (source: string) => number): VotesView | null {
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
    refs: [ref(votes.source)],
  }
}

type ResolutionView = Model['resolutions'][number] & { refs: number[] }
type MembershipView = Model['memberships'][number] & { refs: number[]; state: string }

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

/** Numbers sources in the order a reader meets them; the same source keeps its first number. */
function sourceRegister(pkg: DataPackage) {
  const numbers = new Map<string, number>()
  const ref = (source: string): number => {
    const key = source.trim()
    const known = numbers.get(key)
    if (known !== undefined) return known
    numbers.set(key, numbers.size + 1)
    return numbers.size
  }
  const withRefs = <T extends Sourced>(rows: readonly T[]) => rows.map((row) => ({ ...row, refs: [ref(row.source)] }))
  const entries = (catalog: Catalog): SourceEntry[] =>
    [...numbers].map(([source, n]) => {
      const url = source === 'seed' ? (pkg.seed?.url ?? null) : source
      const shown = (u: string) => u.replace(/^https?:\/\/(?:www\.)?/, '')
      const text = source === 'seed' ? `${catalog.t('sourceSeed')}: “${pkg.seed?.title ?? pkg.title}”${url ? `, ${shown(url)}` : ''}` : shown(source)
      return { n, text, href: url ? (/^https:\/\/\S+/.exec(url)?.[0] ?? null) : null }
    })
  return { ref, withRefs, entries }
}

/**
 * View stage: the model, the as-of date and a language's labels → what the template prints. The sheet
 * shows the rows `select.ts` chooses, and counts and charts only confirmed rows; the pack shows every
 * row, with the data-quality appendix and the glossary.
 */
export function buildView(whole: Model, pkg: DataPackage, asOf: PartialDate, catalog: Catalog, kind: DocumentKind = 'factsheet', notes: NotesView | null = null): ViewModel {
  const label = catalog.t
  const lang = catalog.lang
  const sheet = kind === 'factsheet'
  const counted = sheet ? confirmedRows(whole) : whole
  const model = sheet ? sheetRows(counted) : whole
  const sources = sourceRegister(pkg)
  const text = documentText(pkg, lang)
  const facts = keyFacts(counted, asOf, catalog, text.country, sources.ref)
  const milestones = sources.withRefs(model.milestones).map((m) => ({ ...m, inEvent: symbolInText(m.event, m.symbol) }))
  const resolutions = sources.withRefs(model.resolutions.filter((r) => r.status === 'adopted'))
  const resolutionsNotFound = sources.withRefs(model.resolutions.filter((r) => r.status !== 'adopted'))
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
  const votes = votesView(model, kind, sources.ref)
  const chartSize = kind === 'factsheet' ? 'half' : 'full'
  const sourceOf = (rows: readonly Sourced[]) => chartSource(rows.map((r) => r.source), label)
  const personnelCoverage = pkg.resources.find((r) => r.name === 'personnel')?.coverage?.end
  const personnelThrough = personnelCoverage ? parseIsoDate(personnelCoverage, true) : null
  const missions = { deployments: counted.deployments, personnel: counted.personnel, personnelThrough, asOf, source: sourceOf([...counted.deployments, ...counted.personnel]) }
  const charts = Object.fromEntries(
    [
      // The sheet's resolution table says what its chart would; the pack has room to show the themes over time.
      kind === 'briefing-pack' ? gaByTheme(counted.resolutions, unDocuments(label), label) : null,
      termsTimeline(counted.memberships, asOf, sourceOf(counted.memberships), label, lang, chartSize),
      missionsTimeline(missions, label, lang, chartSize),
      kind === 'briefing-pack' ? personnelByYear({ rows: model.personnel, through: personnelThrough, source: sourceOf(model.personnel) }, label) : null,
      ...(votes && model.votes ? [votesByIssue(model.votes, text.country, sourceOf([model.votes]), label, chartSize), agreementOverTime(model.votes, text.country, sourceOf([model.votes]), label, chartSize)] : []),
    ]
      .filter((c): c is ChartSpec => c !== null && (!sheet || SHEET_CHARTS.includes(c.id)))
      .map((c) => [c.id, c]),
  )
  const named = [...model.memberships.map((m) => m.body), ...model.presence.map((p) => p.entity), ...model.deployments.flatMap((d) => (d.mission ? [d.mission] : [])), ...model.cooperation.flatMap((c) => c.partners)]
  const glossary = [...new Map(named.filter((e) => e.acronym).map((e) => [e.acronym!, { acronym: e.acronym!, name: e.name }])).values()].sort((a, b) => a.acronym.localeCompare(b.acronym, lang))
  return { glossary, notes, lang, pkg, text, asOf, catalog, keyFacts: facts, milestones, resolutions, resolutionSeries, resolutionsNotFound, memberships, bodies, bodiesTermUnknown, deployments, presence, treaties, cooperation, charts, votes, sources: sources.entries(catalog) }
}
