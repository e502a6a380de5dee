import { rules, runRule } from '../rules/index.ts'
import type { RuleContext } from '../rules/rule.ts'
import { renderFinding, type FindingCatalog } from '../lib/finding-text.ts'
import type { Finding, Severity, StatedFinding } from '../types.ts'

export interface CheckSummary {
  readonly errors: number
  readonly warnings: number
  readonly infos: number
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/** Findings in reading order: by file, then line, then column, so a user can walk the list top-down. */
export function sortFindings<T extends StatedFinding>(findings: readonly T[]): T[] {
  return [...findings].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || ORDER[a.severity] - ORDER[b.severity] || a.rule.localeCompare(b.rule),
  )
}

/** Check stage: runs every registered rule and returns the findings, sorted, with their English text. */
export function checkDataset(context: RuleContext, english: FindingCatalog, earlier: readonly StatedFinding[] = []): Finding[] {
  const stated = [...earlier, ...rules.flatMap((rule) => runRule<(typeof rule)['id']>(rule, context))]
  return sortFindings(stated).map((finding) => renderFinding(finding, english))
}

export function summarize(findings: readonly Finding[]): CheckSummary {
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length
  return { errors: count('error'), warnings: count('warning'), infos: count('info') }
}
