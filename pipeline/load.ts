import { isoOf, parseAsOf, todayIso } from './lib/dates.ts'
import { CliError } from './errors.ts'
import { editorItems } from './lib/editor-report.ts'
import { loadFindingCatalog } from './lib/finding-text.ts'
import { REPORT_VERSION, type ValidationReport } from './lib/report.ts'
import { sourceShares } from './lib/sources.ts'
import { missingTranslations } from './rules/missing-translation.ts'
import { checkDataset, summarize } from './stages/check.ts'
import { normalizeTables } from './stages/normalize.ts'
import { readDataset } from './stages/read.ts'
import { loadReference, type Reference } from './reference.ts'
import type { Dataset, Finding, PartialDate } from './types.ts'

export interface LoadedDataset {
  readonly dataset: Dataset
  readonly asOf: PartialDate
  readonly findings: readonly Finding[]
  readonly report: ValidationReport
  readonly reference: Reference
}

/**
 * The as-of date, by precedence: the command line, then the dataset's own `asOf`, then today.
 * It is the date that "current" means in the documents.
 */
export function resolveAsOf(flag: string | undefined, declared: string | undefined, now: Date): PartialDate {
  const text = flag ?? declared ?? todayIso(now)
  const date = parseAsOf(text)
  if (!date) throw new CliError(`--as-of "${text}" is not a date`, { hint: 'write it as YYYY-MM-DD, e.g. --as-of 2026-11-28' })
  return date
}

/** read → normalize → check: everything `check` needs and `build` needs before it renders. */
export async function loadDataset(dir: string, options: { asOf?: string; now?: Date; referenceDir?: string } = {}): Promise<LoadedDataset> {
  const { pkg, raw, findings: readFindings } = await readDataset(dir)
  const asOf = resolveAsOf(options.asOf, pkg.asOf, options.now ?? new Date())
  const reference = await loadReference(options.referenceDir)
  const dataset: Dataset = { dir, pkg, raw, tables: normalizeTables(raw, reference.entities) }
  const context = { dataset, asOf, reference }
  const findings = checkDataset(context, await loadFindingCatalog('en'), readFindings)
  const summary = summarize(findings)
  const untranslated: Record<string, number> = Object.fromEntries(pkg.languages.filter((l) => l !== 'en').map((l) => [l, 0]))
  for (const m of missingTranslations(context)) untranslated[m.lang] = (untranslated[m.lang] ?? 0) + m.lines.length
  const shares = sourceShares(dataset, reference.publishers)
  const share = (n: number) => (shares.curatedRows > 0 ? Math.round((n / shares.curatedRows) * 1000) / 1000 : null)
  const report: ValidationReport = {
    version: REPORT_VERSION,
    valid: summary.errors === 0,
    dataset: pkg.name,
    asOf: isoOf(asOf),
    stats: { ...summary, tables: raw.length, rows: raw.reduce((n, t) => n + t.rows.length, 0), missingTranslations: untranslated, sources: { ...shares, verifiedShare: share(shares.verifiedRows), authoritativeShare: share(shares.authoritativeRows) } },
    findings,
    editor: editorItems(dataset),
  }
  return { dataset, asOf, findings, report, reference }
}
