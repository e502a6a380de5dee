import type { CountryVotes } from './corpus/votes.ts'
import type { ReferenceEntity } from './reference.ts'
import type { PartialDate } from './types.ts'

/** The domain as the documents speak of it, built from the typed tables by `stages/model.ts`. */

export interface Sourced {
  /** A URL, or `seed` for the source document. */
  readonly source: string
  readonly notes: string | null
}

/** UN entities come from the reference tables (`sources/reference/un-entities.csv`). */
export type Entity = ReferenceEntity

export interface Milestone extends Sourced {
  readonly id: string
  readonly date: PartialDate
  readonly event: string
  readonly symbol: string | null
  /** Shown on the two-page fact sheet; the briefing pack shows every milestone. */
  readonly highlight: boolean
}

export type KyrgyzRole = 'initiator' | 'co-sponsor' | 'mentioned' | 'subject'

export interface Resolution extends Sourced {
  readonly id: string
  readonly symbol: string | null
  readonly title: string
  readonly session: number
  readonly adoptionDate: PartialDate | null
  readonly kyrgyzRole: KyrgyzRole
  readonly topic: string
  readonly status: 'adopted' | 'not found'
}

export interface Membership extends Sourced {
  readonly id: string
  readonly body: Entity
  readonly termStart: PartialDate | null
  readonly termEnd: PartialDate | null
  readonly status: 'member' | 'candidate' | 'term unknown'
  readonly electedBy: string | null
  readonly electionDate: PartialDate | null
  readonly votes: number | null
}

export interface Presence extends Sourced {
  readonly entity: Entity
  readonly office: string
  readonly since: PartialDate | null
}

export interface Deployment extends Sourced {
  readonly id: string
  readonly mission: Entity | null
  readonly place: string
  readonly mandateStart: PartialDate
  readonly mandateEnd: PartialDate | null
  readonly deployedFrom: PartialDate | null
  readonly deployedTo: PartialDate | null
  readonly peakPersonnel: number | null
}

export interface Treaty extends Sourced {
  readonly id: string
  readonly name: string
  readonly signedDate: PartialDate | null
  readonly signedPlace: string | null
  readonly inForceDate: PartialDate | null
  readonly kyrgyzRole: string
}

export interface CooperationArea extends Sourced {
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
export type VotingRecord = Omit<CountryVotes, 'name'> & Sourced

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
}
