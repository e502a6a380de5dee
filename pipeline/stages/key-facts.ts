import { termState } from '../../templates/charts/terms-timeline.ts'
import type { Catalog } from '../i18n.ts'
import { formatDate } from '../lib/format.ts'
import type { Cited, Model, Resolution } from '../model.ts'
import type { PartialDate } from '../types.ts'

/** A number or a short value, what it counts, and the sources of every row it was derived from. */
export interface KeyFact {
  readonly value: string
  readonly label: string
  readonly refs: readonly number[]
}

interface Context {
  readonly model: Model
  readonly asOf: PartialDate
  readonly catalog: Catalog
  readonly country: string
  /** The numbers of the sources a row is cited by. */
  readonly ref: (row: Cited) => number[]
}

type Fact = (context: Context) => KeyFact | null

const refsOf = (rows: readonly Cited[], ref: (row: Cited) => number[]) => [...new Set(rows.flatMap(ref))].sort((a, b) => a - b)

/** A count of rows as a fact; none when there is nothing to count. */
function counted(rows: readonly Cited[], label: (count: number) => string, context: Context): KeyFact | null {
  if (rows.length === 0) return null
  return { value: context.catalog.t('factNumber', { n: rows.length }), label: label(rows.length), refs: refsOf(rows, context.ref) }
}

/** Adopted resolutions the country initiated, each with a symbol a reader can look up. */
const initiated = (model: Model): Resolution[] => model.resolutions.filter((r) => r.status === 'adopted' && r.symbol !== null && r.kyrgyzRole === 'initiator')

const membership: Fact = ({ model, catalog, ref }) => {
  const admission = model.resolutions.find((r) => r.kyrgyzRole === 'subject' && r.topic === 'membership' && r.status === 'adopted' && r.adoptionDate)
  if (!admission?.adoptionDate) return null
  return { value: String(admission.adoptionDate.year), label: catalog.t('factMemberSinceDate', { date: formatDate(admission.adoptionDate, catalog.lang, 'from') }), refs: ref(admission) }
}

const securityCouncil: Fact = ({ model, asOf, catalog, ref }) => {
  const term = model.memberships.find((m) => m.body.id === 'UNSC' && m.termStart && m.termEnd && termState(m, asOf) !== 'past')
  if (!term?.termStart || !term.termEnd) return null
  const label = term.electionDate && term.votes !== null
    ? catalog.t('factCouncilElected', { date: formatDate(term.electionDate, catalog.lang, 'on'), votes: term.votes })
    : catalog.t('factCouncilMember')
  return { value: `${term.termStart.year}–${term.termEnd.year}`, label, refs: ref(term) }
}

const initiatives: Fact = (context) => counted(initiated(context.model), (count) => context.catalog.t('factInitiatives', { count }), context)

/** The longest series of initiated resolutions under one title: what the country is known for in the Assembly. */
const series: Fact = (context) => {
  const byTitle = new Map<string, Resolution[]>()
  for (const r of initiated(context.model)) byTitle.set(r.title, [...(byTitle.get(r.title) ?? []), r])
  const longest = [...byTitle.values()].sort((a, b) => b.length - a.length)[0]
  if (!longest || longest.length < 2) return null
  const sessions = longest.map((r) => r.session)
  return counted(longest, (count) => context.catalog.t('factSeries', { count, title: longest[0]!.title, first: Math.min(...sessions), last: Math.max(...sessions) }), context)
}

const electedTerms: Fact = (context) => counted(context.model.memberships.filter((m) => m.termStart && m.termEnd), (count) => context.catalog.t('factElectedTerms', { count }), context)

const currentTerms: Fact = (context) => {
  const serving = context.model.memberships.filter((m) => m.termStart && m.termEnd && termState(m, context.asOf) !== 'past')
  return counted(serving, (count) => context.catalog.t('factCurrentTerms', { count, date: formatDate(context.asOf, context.catalog.lang, 'asOf') }), context)
}

const missions: Fact = (context) => counted(context.model.deployments.filter((d) => d.mission !== null), (count) => context.catalog.t('factMissions', { count }), context)

/** The year with the most uniformed personnel, summed over missions (yearly means, not a peak). */
const personnel: Fact = ({ model, catalog, ref }) => {
  const byYear = new Map<number, number>()
  for (const row of model.personnel) byYear.set(row.year, (byYear.get(row.year) ?? 0) + row.personnel)
  const [year, total] = [...byYear].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? []
  if (year === undefined || total === undefined) return null
  const years = [...byYear.keys()]
  return { value: catalog.t('factNumber', { n: total }), label: catalog.t('factPersonnel', { year, first: Math.min(...years), last: Math.max(...years) }), refs: refsOf(model.personnel, ref) }
}

const presence: Fact = (context) => counted(context.model.presence, (count) => context.catalog.t('factPresence', { count }), context)

/** A treaty the country keeps: the year it entered into force, and what it is. */
const depositary: Fact = ({ model, catalog, country, ref }) => {
  const treaty = model.treaties.find((t) => t.kyrgyzRole === 'depositary' && t.inForceDate)
  if (!treaty?.inForceDate) return null
  const label = catalog.t('factDepositaryOf', { treaty: treaty.name, date: formatDate(treaty.inForceDate, catalog.lang, 'from'), country })
  return { value: String(treaty.inForceDate.year), label, refs: ref(treaty) }
}

const votes: Fact = ({ model, catalog, ref }) => {
  const record = model.votes
  const total = record ? record.overall.yes + record.overall.no + record.overall.abstain : 0
  if (!record || total === 0) return null
  return {
    value: catalog.t('factShare', { share: record.overall.yes / total }),
    label: catalog.t('factVotesYes', { n: total, first: record.firstYear, last: record.lastYear }),
    refs: ref(record),
  }
}

/** In the order a reader meets them: membership and the Council first, then what the numbers add up to. */
const FACTS: readonly Fact[] = [membership, securityCouncil, electedTerms, currentTerms, initiatives, series, depositary, missions, personnel, presence, votes]

/**
 * Key facts stage: 10–12 facts derived from the rows of the tables (pass only the rows that may print),
 * each with the sources of the rows it counts. A fact whose rows are absent is left out, never guessed.
 */
export function keyFacts(model: Model, asOf: PartialDate, catalog: Catalog, country: string, ref: (row: Cited) => number[]): KeyFact[] {
  const context: Context = { model, asOf, catalog, country, ref }
  return FACTS.map((fact) => fact(context)).filter((fact): fact is KeyFact => fact !== null)
}
