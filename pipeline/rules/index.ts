import type { Finding } from '../types.ts'
import { foreignKey } from './foreign-key.ts'
import { primaryKey } from './primary-key.ts'
import type { Rule, RuleContext } from './rule.ts'
import { schemaConstraint } from './schema-constraint.ts'
import { schemaEnum } from './schema-enum.ts'
import { schemaHeader } from './schema-header.ts'
import { schemaRequired } from './schema-required.ts'
import { schemaRowLength } from './schema-row-length.ts'
import { schemaType } from './schema-type.ts'

/** The registry: every rule the checker runs, in the order their findings are listed for one line. */
export const rules: readonly Rule[] = [
  schemaHeader,
  schemaRowLength,
  schemaType,
  schemaRequired,
  schemaEnum,
  schemaConstraint,
  primaryKey,
  foreignKey,
]

export function runRule(rule: Rule, context: RuleContext): Finding[] {
  return [...rule.check(context)].map(({ severity, ...issue }) => ({ rule: rule.id, severity: severity ?? rule.severity, ...issue }))
}
