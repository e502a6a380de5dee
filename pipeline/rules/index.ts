import type { StatedFinding } from '../types.ts'
import { duplicateEntity } from './duplicate-entity.ts'
import { entityEnded } from './entity-ended.ts'
import { entityRenamed } from './entity-renamed.ts'
import { entityUnknown } from './entity-unknown.ts'
import { futureDate } from './future-date.ts'
import { missingSource } from './missing-source.ts'
import { sourceAuthority } from './source-authority.ts'
import { sourceUnknown } from './source-unknown.ts'
import { sourceUnused } from './source-unused.ts'
import { sourceUnverified } from './source-unverified.ts'
import { sourceUrl } from './source-url.ts'
import { missingTranslation } from './missing-translation.ts'
import { missionPeriod } from './mission-period.ts'
import { mixedScript } from './mixed-script.ts'
import { sessionDate } from './session-date.ts'
import { staleCandidature } from './stale-candidature.ts'
import { staleCurrent } from './stale-current.ts'
import { symbolFormat } from './symbol-format.ts'
import { symbolSession } from './symbol-session.ts'
import { termLength } from './term-length.ts'
import { termMissing } from './term-missing.ts'
import { termOrder } from './term-order.ts'
import { foreignKey } from './foreign-key.ts'
import { primaryKey } from './primary-key.ts'
import type { Rule, RuleContext, RuleInfo } from './rule.ts'
import { schemaConstraint } from './schema-constraint.ts'
import { schemaEnum } from './schema-enum.ts'
import { schemaHeader } from './schema-header.ts'
import { schemaRequired } from './schema-required.ts'
import { schemaRowLength } from './schema-row-length.ts'
import { schemaType } from './schema-type.ts'
import { documentRules, readRules } from './stage-rules.ts'

/** The registry: every rule the checker runs, in the order their findings are listed for one line. */
export const rules = [
  schemaHeader,
  schemaRowLength,
  schemaType,
  schemaRequired,
  schemaEnum,
  schemaConstraint,
  primaryKey,
  foreignKey,
  missingSource,
  sourceUnknown,
  sourceUrl,
  sourceUnused,
  sourceAuthority,
  sourceUnverified,
  symbolFormat,
  symbolSession,
  sessionDate,
  futureDate,
  termOrder,
  termLength,
  termMissing,
  staleCurrent,
  staleCandidature,
  missionPeriod,
  entityUnknown,
  entityRenamed,
  entityEnded,
  duplicateEntity,
  mixedScript,
  missingTranslation,
] as const

/** Every id a finding can carry: the registry's rules, and the read stage's and the build's own. */
export type RuleId = (typeof rules)[number]['id'] | (typeof readRules)[number]['id'] | (typeof documentRules)[number]['id']

/** Every rule, in the order a build applies them: for `factsheet check --rules` and the README's table. */
export const registry: readonly RuleInfo<RuleId>[] = [...readRules, ...rules, ...documentRules]

export function runRule<Id extends RuleId>(rule: Rule<Id>, context: RuleContext): StatedFinding[] {
  return [...rule.check(context)].map(({ severity, ...issue }) => ({ rule: rule.id, severity: severity ?? rule.severity, ...issue }))
}
