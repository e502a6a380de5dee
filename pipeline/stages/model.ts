import type { Vote } from '../corpus/votes.ts'
import { compareDates, isoOf } from '../lib/dates.ts'
import type { CooperationArea, Deployment, Entity, KyrgyzRole, Membership, Milestone, Model, PersonnelYear, Presence, Resolution, Source, SummaryMessage, Treaty, VotingRecord } from '../model.ts'
import { sourceIndex, type SourceRecord } from '../lib/sources.ts'
import { localizeEntity, type Reference } from '../reference.ts'
import type { PartialDate, TypedRow, TypedTable, Value } from '../types.ts'

/** Typed access to a row's values; the checks have already run, so a missing required value is a bug. */
function reader(row: TypedRow, lang: string) {
  const value = (name: string): Value => row.values[name] ?? null
  const base = (name: string): string | null => {
    const v = value(name)
    return typeof v === 'string' ? v : null
  }
  /** A text in the document's language (`title_ru`), falling back to the base column (`title`). */
  const text = (name: string): string | null => (lang === 'en' ? null : base(`${name}_${lang}`)) ?? base(name)
  const required = <T>(name: string, v: T | null): T => {
    if (v === null) throw new Error(`bug: required field "${name}" is empty on line ${row.line} after the checks passed`)
    return v
  }
  const date = (name: string): PartialDate | null => {
    const v = value(name)
    return v !== null && typeof v === 'object' && 'precision' in v ? v : null
  }
  const integer = (name: string): number | null => {
    const v = value(name)
    return typeof v === 'number' ? v : null
  }
  const boolean = (name: string): boolean | null => {
    const v = value(name)
    return typeof v === 'boolean' ? v : null
  }
  const list = (name: string): readonly string[] => {
    const v = value(name)
    return Array.isArray(v) ? v : []
  }
  return {
    text,
    date,
    integer,
    boolean,
    list,
    must: (name: string) => required(name, text(name)),
    mustDate: (name: string) => required(name, date(name)),
    mustInteger: (name: string) => required(name, integer(name)),
    /** A `source` list of ids; a dataset on the built-in schemas of old may still hold one URL as text. */
    cited: () => {
      const v = value('source')
      const sources = Array.isArray(v) ? v : typeof v === 'string' ? [v] : []
      return { sources: required('source', sources.length > 0 ? sources : null), notes: text('notes') }
    },
    /** A table that keeps no verification column (a derived one) stands as its cited source says. */
    sourced() {
      const verified = 'verified' in row.values ? boolean('verified') === true : true
      return { ...this.cited(), verified, verifiedBy: base('verified_by'), highlight: boolean('highlight') ?? false }
    },
  }
}

type Reader = ReturnType<typeof reader>

function rowsOf<T>(table: TypedTable | undefined, lang: string, build: (r: Reader) => T): T[] {
  return (table?.rows ?? []).map((row) => build(reader(row, lang)))
}

/**
 * Model stage: typed tables → the domain objects the documents talk about, in one language: texts from
 * the language's columns where they exist (English otherwise), entities by their names in that language.
 */
export function buildModel(tables: Readonly<Record<string, TypedTable>>, reference: Reference, lang: string): Model {
  const entity = (id: string | null): Entity | null => {
    const found = id === null ? undefined : reference.entities.byId(id)
    return found ? localizeEntity(found, lang) : null
  }
  const mustEntity = (id: string): Entity => {
    const found = entity(id)
    if (!found) throw new Error(`bug: entity "${id}" is unknown after the entity-unknown check passed`)
    return found
  }

  const milestones: Milestone[] = rowsOf(tables.milestones, lang, (r) => ({
    id: r.must('id'),
    date: r.mustDate('date'),
    event: r.must('event'),
    symbol: r.text('symbol'),
    ...r.sourced(),
  })).sort((a, b) => compareDates(a.date, b.date))

  const resolutions: Resolution[] = rowsOf(tables.resolutions, lang, (r) => ({
    id: r.must('id'),
    symbol: r.text('symbol'),
    title: r.must('title'),
    session: r.mustInteger('session'),
    adoptionDate: r.date('adoption_date'),
    kyrgyzRole: r.must('kyrgyz_role') as KyrgyzRole,
    topic: r.must('topic'),
    status: r.must('status') as Resolution['status'],
    ...r.sourced(),
  })).sort((a, b) => a.session - b.session || (a.symbol ?? '').localeCompare(b.symbol ?? '', 'en', { numeric: true }))

  const memberships: Membership[] = rowsOf(tables.memberships, lang, (r) => ({
    id: r.must('id'),
    body: mustEntity(r.must('body')),
    termStart: r.date('term_start'),
    termEnd: r.date('term_end'),
    status: r.must('status') as Membership['status'],
    capacity: r.text('capacity') === 'personal' ? 'personal' : 'state',
    electedBy: r.text('elected_by'),
    electionDate: r.date('election_date'),
    votes: r.integer('votes'),
    ...r.sourced(),
  }))

  const presence: Presence[] = rowsOf(tables.presence, lang, (r) => ({
    entity: mustEntity(r.must('entity')),
    office: r.must('office'),
    since: r.date('since'),
    ...r.sourced(),
  }))

  const deployments: Deployment[] = rowsOf(tables.deployments, lang, (r) => ({
    id: r.must('id'),
    mission: entity(r.text('mission')),
    place: r.must('place'),
    mandateStart: r.mustDate('mandate_start'),
    mandateEnd: r.date('mandate_end'),
    deployedFrom: r.date('deployed_from'),
    deployedTo: r.date('deployed_to'),
    maxYearlyMean: r.integer('max_yearly_mean'),
    ...r.sourced(),
  })).sort((a, b) => compareDates(a.mandateStart, b.mandateStart))

  const treaties: Treaty[] = rowsOf(tables.treaties, lang, (r) => ({
    id: r.must('id'),
    name: r.must('name'),
    signedDate: r.date('signed_date'),
    signedPlace: r.text('signed_place'),
    inForceDate: r.date('in_force_date'),
    kyrgyzRole: r.must('kyrgyz_role'),
    ...r.sourced(),
  }))

  const cooperation: CooperationArea[] = rowsOf(tables.cooperation, lang, (r) => ({
    id: r.must('id'),
    area: r.must('area'),
    description: r.must('description'),
    partners: r.list('partners').map(mustEntity),
    see: r.list('see'),
    ...r.sourced(),
  }))

  const summary: SummaryMessage[] = rowsOf(tables.summary, lang, (r) => ({
    id: r.must('id'),
    order: r.mustInteger('order'),
    message: r.must('message'),
    ...r.sourced(),
  })).sort((a, b) => a.order - b.order)

  const personnel: PersonnelYear[] = rowsOf(tables.personnel, lang, (r) => {
    const { highlight: _, ...sourced } = r.sourced()
    return { year: r.mustInteger('year'), mission: mustEntity(r.must('mission')), personnel: r.mustInteger('personnel'), ...sourced }
  }).sort((a, b) => a.year - b.year || a.mission.id.localeCompare(b.mission.id))

  return { personnel, summary, milestones, resolutions, memberships, presence, deployments, treaties, cooperation, votes: votingRecord(tables, lang), sources: sourcesOf(tables, lang) }
}

function votingRecord(tables: Readonly<Record<string, TypedTable>>, lang: string): VotingRecord | null {
  const counts = (r: Reader) => ({ yes: r.mustInteger('yes'), no: r.mustInteger('no'), abstain: r.mustInteger('abstain') })
  const [summary] = rowsOf(tables.votes_summary, lang, (r) => ({ code: r.must('country_code'), firstYear: r.mustInteger('first_year'), lastYear: r.mustInteger('last_year'), overall: counts(r), ...r.cited() }))
  if (!summary) return null
  const byIssue = rowsOf(tables.votes_by_issue, lang, (r) => ({ code: r.must('issue'), issue: r.must('issue'), ...counts(r) }))
  const years = rowsOf(tables.votes_agreement, lang, (r) => ({ partner: r.must('partner'), partnerName: r.must('partner_name'), year: r.mustInteger('year'), votes: r.mustInteger('votes'), same: r.mustInteger('same') }))
  const agreement = [...new Set(years.map((y) => y.partner))].map((partner) => {
    const rows = years.filter((y) => y.partner === partner).sort((a, b) => a.year - b.year)
    return { partner, partnerName: rows[0]!.partnerName, byYear: rows.map(({ year, votes, same }) => ({ year, votes, same, share: same / votes })) }
  })
  const divisive = rowsOf(tables.votes_divisive, lang, (r) => ({
    rcid: r.mustInteger('rcid'),
    date: isoOf(r.mustDate('date')),
    symbol: r.text('symbol') ?? '',
    title: r.must('subject'),
    vote: r.must('vote') as Vote,
    ...counts(r),
  }))
  const { overall } = summary
  return { ...summary, total: overall.yes + overall.no + overall.abstain, byIssue, agreement, divisive }
}

/** The sources table by id, with publisher and title in the language where the table has them. */
function sourcesOf(tables: Readonly<Record<string, TypedTable>>, lang: string): ReadonlyMap<string, Source> {
  const records = sourceIndex({ tables })
  const own = (r: SourceRecord, field: 'publisher' | 'title') => (lang !== 'en' && r.texts[`${field}_${lang}`]) || r[field]
  return new Map([...(records?.values() ?? [])].map((r) => [r.id, { id: r.id, publisher: own(r, 'publisher'), title: own(r, 'title'), symbol: r.symbol, date: r.date, url: r.url, kind: r.kind }]))
}
