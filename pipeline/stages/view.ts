import { gaBySession } from '../../templates/charts/ga-by-session.ts'
import { missionsTimeline } from '../../templates/charts/missions-timeline.ts'
import { termState, termsTimeline } from '../../templates/charts/terms-timeline.ts'
import type { ChartSpec } from '../../templates/charts/types.ts'
import type { Catalog } from '../i18n.ts'
import { formatDate } from '../lib/format.ts'
import type { Entity, Model, Sourced } from '../model.ts'
import path from 'node:path'
import { personnelByYear } from '../../templates/charts/personnel-by-year.ts'
import { agreementOverTime, votesByIssue } from '../../templates/charts/votes.ts'
import type { DivisiveVote } from '../corpus/votes.ts'
import type { DataPackage, Finding, PartialDate } from '../types.ts'


export interface SourceEntry {
  readonly n: number
  readonly text: string
  /** Only https links become links; anything else is printed as text. */
  readonly href: string | null
}

export interface KeyFact {
  readonly value: string
  readonly label: string
  readonly refs: readonly number[]
}

/** What the page shows, in reading order, with every row carrying the numbers of its sources. */
export interface ViewModel {
  readonly lang: string
  readonly pkg: DataPackage
  /** Title, country, description and publisher in the document's language. */
  readonly text: DocumentText
  readonly asOf: PartialDate
  readonly catalog: Catalog
  readonly keyFacts: readonly KeyFact[]
  readonly milestones: readonly (Model['milestones'][number] & { refs: number[] })[]
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
  /** The pack's key messages, in order. */
  readonly summary: readonly (Model['summary'][number] & { refs: number[] })[]
  readonly charts: Readonly<Record<string, ChartSpec>>
  /** Null when the dataset has no voting record. */
  readonly votes: VotesView | null
  readonly sources: readonly SourceEntry[]
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

function votesView(model: Model, kind: DocumentKind, ref: (source: string) => number): VotesView | null {
  const votes = model.votes
  if (!votes || votes.total === 0) return null
  const percent = (n: number) => Math.round((n / votes.total) * 100)
  return {
    total: votes.total,
    firstYear: votes.firstYear,
    lastYear: votes.lastYear,
    percent: { yes: percent(votes.overall.yes), no: percent(votes.overall.no), abstain: percent(votes.overall.abstain) },
    divisive: votes.divisive.slice(0, kind === 'factsheet' ? SHEET_DIVISIVE_VOTES : undefined),
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

function keyFacts(model: Model, asOf: PartialDate, catalog: Catalog, ref: (s: string) => number): KeyFact[] {
  const label = catalog.t
  const date = (d: PartialDate | null) => formatDate(d, catalog.lang)
  const facts: KeyFact[] = []
  const admission = model.resolutions.find((r) => r.kyrgyzRole === 'subject' && r.topic === 'membership' && r.adoptionDate)
  if (admission) facts.push({ value: date(admission.adoptionDate), label: label('factMemberSince'), refs: [ref(admission.source)] })
  const council = model.memberships.find((m) => m.body.id === 'UNSC' && m.termEnd && termState(m, asOf) !== 'past')
  if (council?.termStart && council.termEnd) {
    const detail = council.electionDate && council.votes !== null ? label('factSecurityCouncilElected', { date: formatDate(council.electionDate, catalog.lang, 'on'), votes: council.votes }) : label('factSecurityCouncilMember')
    facts.push({ value: `${council.termStart.year}–${council.termEnd.year}`, label: `${label('factSecurityCouncil')}: ${detail}`, refs: [ref(council.source)] })
  }
  const initiated = model.resolutions.filter((r) => r.status === 'adopted' && r.kyrgyzRole === 'initiator')
  if (initiated.length > 0) facts.push({ value: String(initiated.length), label: label('factInitiatives', { count: initiated.length }), refs: [] })
  const terms = model.memberships.filter((m) => m.termStart && m.termEnd)
  if (terms.length > 0) facts.push({ value: String(terms.length), label: label('factElectedTerms', { count: terms.length }), refs: [] })
  const missions = model.deployments.filter((d) => d.mission)
  if (missions.length > 0) facts.push({ value: String(missions.length), label: label('factMissions', { count: missions.length }), refs: [] })
  const depositary = model.treaties.find((t) => t.kyrgyzRole === 'depositary')
  if (depositary) facts.push({ value: label('factDepositary'), label: depositary.name, refs: [ref(depositary.source)] })
  return facts
}

/** View stage: the model, the as-of date and a language's labels → what the template prints. */
/**
 * The sheet shows the highlighted milestones; the pack shows every one, with the data-quality
 * appendix and the glossary.
 */
export function buildView(model: Model, pkg: DataPackage, asOf: PartialDate, catalog: Catalog, kind: DocumentKind = 'factsheet', findings: readonly Finding[] = []): ViewModel {
  const label = catalog.t
  const lang = catalog.lang
  const sources = sourceRegister(pkg)
  // The summary comes first in the pack, so its sources are numbered first.
  const summary = kind === 'briefing-pack' ? sources.withRefs(model.summary) : []
  const facts = keyFacts(model, asOf, catalog, sources.ref)
  const highlighted = model.milestones.filter((m) => m.highlight)
  const milestones = sources.withRefs(kind === 'factsheet' && highlighted.length > 0 ? highlighted : model.milestones)
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
  return { glossary, quality, lang, pkg, text, asOf, catalog, keyFacts: facts, milestones, resolutions, resolutionSeries, resolutionsNotFound, memberships, bodies, bodiesTermUnknown, deployments, presence, treaties, cooperation, summary, charts, votes, sources: sources.entries(catalog) }
}
