import type { CountryVotes } from './corpus/votes.ts'
import type { SourceRecord } from './lib/sources.ts'
import type { ReferenceEntity } from './reference.ts'
import type { PartialDate } from './types.ts'

/** The domain as the documents speak of it, built from the typed tables by `stages/model.ts`. */

/** A row that cites its sources: ids of the dataset's sources table (a URL or `seed` where it has none). */
export interface Cited {
  readonly sources: readonly string[]
  readonly notes: string | null
}

/** A curated row: checked against a source or not; unverified rows are left out of print. */
export interface Sourced extends Cited {
  readonly verified: boolean
  /** The source that confirms the row. */
  readonly verifiedBy: string | null
}

/** Rows the two-page fact sheet shows; the briefing pack shows every row. */
export interface Highlighted {
  readonly highlight: boolean
}

/** A document the dataset cites, with its texts in the model's language. */
export type Source = Omit<SourceRecord, 'line' | 'texts'>

/** UN entities come from the reference tables (`sources/reference/un-entities.csv`). */
export type Entity = ReferenceEntity

export interface Milestone extends Sourced, Highlighted {
  readonly id: string
  readonly date: PartialDate
  readonly event: string
  readonly symbol: string | null
}

export type KyrgyzRole = 'initiator' | 'co-lead' | 'co-sponsor' | 'mentioned' | 'subject'

export interface Resolution extends Sourced, Highlighted {
  readonly id: string
  readonly symbol: string | null
  readonly title: string
  readonly session: number
  readonly adoptionDate: PartialDate | null
  readonly kyrgyzRole: KyrgyzRole
  readonly topic: string
  readonly status: 'adopted' | 'not found'
}

export interface Membership extends Sourced, Highlighted {
  readonly id: string
  readonly body: Entity
  readonly termStart: PartialDate | null
  readonly termEnd: PartialDate | null
  readonly status: 'member' | 'candidate' | 'term unknown'
  /** `personal`: an individual elected in a personal capacity, not a term of the state. */
  readonly capacity: 'state' | 'personal'
  readonly electedBy: string | null
  readonly electionDate: PartialDate | null
  readonly votes: number | null
}

export interface Presence extends Sourced, Highlighted {
  readonly entity: Entity
  readonly office: string
  readonly since: PartialDate | null
}

export interface Deployment extends Sourced, Highlighted {
  readonly id: string
  readonly mission: Entity | null
  readonly place: string
  readonly mandateStart: PartialDate
  readonly mandateEnd: PartialDate | null
  readonly deployedFrom: PartialDate | null
  readonly deployedTo: PartialDate | null
  /** The highest yearly mean of monthly uniformed personnel in the years the data cover: derived, not a headcount or a peak. */
  readonly maxYearlyMean: number | null
}

export interface Treaty extends Sourced, Highlighted {
  readonly id: string
  readonly name: string
  readonly signedDate: PartialDate | null
  readonly signedPlace: string | null
  readonly inForceDate: PartialDate | null
  readonly kyrgyzRole: string
}

export interface CooperationArea extends Sourced, Highlighted {
  readonly id: string
  readonly area: string
  readonly description: string
  readonly partners: readonly Entity[]
  /** Ids of the briefing pack's sections this area refers to (contract C4), printed as cross-references. */
  readonly see: readonly string[]
}

/** A key message of the pack's summary, in the order the editor gives. */
export interface SummaryMessage extends Sourced {
  readonly id: string
  readonly order: number
  readonly message: string
}

/** Uniformed personnel in a mission in a year: yearly means derived from UN monthly data. */
export interface PersonnelYear extends Sourced {
  readonly year: number
  readonly mission: Entity
  readonly personnel: number
}

/** The country's recorded votes in the General Assembly, from the votes_* tables derived from the corpus. */
export type VotingRecord = Omit<CountryVotes, 'name'> & Cited

export interface Model {
  readonly milestones: readonly Milestone[]
  readonly resolutions: readonly Resolution[]
  readonly memberships: readonly Membership[]
  readonly presence: readonly Presence[]
  readonly deployments: readonly Deployment[]
  readonly treaties: readonly Treaty[]
  readonly cooperation: readonly CooperationArea[]
  readonly summary: readonly SummaryMessage[]
  readonly personnel: readonly PersonnelYear[]
  /** Null when the dataset has no votes_summary table. */
  readonly votes: VotingRecord | null
  /** The documents the rows cite, by id; empty when the dataset has no sources table. */
  readonly sources: ReadonlyMap<string, Source>
}
