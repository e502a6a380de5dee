import type { RuleInfo } from '../rules/rule.ts'
import type { EditorItems } from './editor-report.ts'
import type { CheckSummary } from '../stages/check.ts'
import type { SourceShares } from './sources.ts'
import type { Finding } from '../types.ts'

/** The version of the report's format: 2 gave every finding its code and params. */
export const REPORT_VERSION = 2

export interface ValidationReport {
  readonly version: typeof REPORT_VERSION
  readonly valid: boolean
  readonly dataset: string
  readonly asOf: string
  readonly stats: CheckSummary & {
    readonly tables: number
    readonly rows: number
    /** Texts and entity names printed in English for want of a translation, per language. */
    readonly missingTranslations: Readonly<Record<string, number>>
    /** Rows with a verification status, how many are verified, how many cite the UN or a government. */
    readonly sources: SourceShares & { readonly verifiedShare: number | null; readonly authoritativeShare: number | null }
  }
  readonly findings: readonly Finding[]
  /** Rows no source confirms and the tables' notes to the editor: what the documents leave out. */
  readonly editor: EditorItems
}

/** Compiler-style, so editors and CI log viewers turn it into links: `file:line:column: severity rule: message (hint)`. */
export function formatFinding(f: Finding): string {
  const where = [f.file, f.line, f.column].filter((part) => part !== null).join(':')
  return `${where}: ${f.severity} ${f.rule}: ${f.message}${f.hint ? ` (${f.hint})` : ''}`
}

export function formatSummary(report: ValidationReport): string {
  const { errors, warnings, infos, tables, rows } = report.stats
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  const missing = Object.entries(report.stats.missingTranslations).filter(([, n]) => n > 0)
  const translations = missing.length > 0 ? `; missing translations: ${missing.map(([lang, n]) => `${lang} ${n}`).join(', ')}` : ''
  const { curatedRows, verifiedShare, authoritativeShare } = report.stats.sources
  const percent = (share: number | null) => `${Math.round((share ?? 0) * 100)} %`
  const shares = curatedRows > 0 ? `; of ${plural(curatedRows, 'curated row')}: ${percent(verifiedShare)} verified, ${percent(authoritativeShare)} with a UN or government source` : ''
  return `${report.dataset}: ${plural(tables, 'table')}, ${plural(rows, 'row')} checked as of ${report.asOf}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}${shares}${translations}`
}

/** The registry as `factsheet check --rules` lists it: one rule a line, or the README's Markdown table. */
export function formatRules(rules: readonly RuleInfo[], format: 'text' | 'markdown'): string {
  if (format === 'markdown') return ['| rule | severity | checks that |', '|---|---|---|', ...rules.map((r) => `| \`${r.id}\` | ${r.severity} | ${r.description} |`)].join('\n')
  const width = Math.max(...rules.map((r) => r.id.length))
  return rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}`).join('\n')
}
