import { loadDataset } from '../load.ts'
import { EXIT } from '../errors.ts'
import { formatFinding, formatRules, formatSummary } from '../lib/report.ts'
import { registry } from '../rules/index.ts'

export interface CheckOptions {
  readonly dataset: string
  readonly format: 'text' | 'json'
  readonly asOf?: string
  readonly strict: boolean
}

/** `factsheet check --rules`: every rule of the registry with its severity and what it checks (`--format markdown` for the README). */
export function listRules(format: 'text' | 'json' | 'markdown', out: (text: string) => void = (t) => process.stdout.write(t)): number {
  out(`${format === 'json' ? JSON.stringify(registry, null, 2) : formatRules(registry, format)}\n`)
  return EXIT.ok
}

/** `factsheet check`: the findings as compiler-style lines or one JSON object on stdout. */
export async function checkCommand(options: CheckOptions, out: (text: string) => void = (t) => process.stdout.write(t)): Promise<number> {
  const { report } = await loadDataset(options.dataset, { asOf: options.asOf })
  if (options.format === 'json') out(`${JSON.stringify(report, null, 2)}\n`)
  else out([...report.findings.map(formatFinding), formatSummary(report)].join('\n') + '\n')
  const failed = report.stats.errors > 0 || (options.strict && report.stats.warnings > 0)
  return failed ? EXIT.dataErrors : EXIT.ok
}
