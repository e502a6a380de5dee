import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { buildDataset, type DatasetBuildOptions } from '../build-dataset.ts'
import { CliError, EXIT } from '../errors.ts'
import { connectBrowser, findBrowser, launchBrowser, type LaunchedBrowser } from '../lib/browser.ts'
import { onInterrupt } from '../lib/interrupt.ts'
import type { Logger } from '../log.ts'
import { readDescriptor } from '../stages/read.ts'

export type { Format } from '../stages/plan.ts'

export interface BuildOptions extends Omit<DatasetBuildOptions, 'dataset'> {
  readonly datasets: readonly string[]
  /** Every folder of `sourcesDir` that holds a dataset (not the reference tables). */
  readonly all: boolean
  readonly sourcesDir: string
  /** `{ index: k, count: n }` builds the k-th of n equal shares of the datasets (1-based), for CI matrices. */
  readonly shard: { readonly index: number; readonly count: number } | null
  /** Print with a running Chrome (ws://…) instead of launching one. */
  readonly browserEndpoint?: string | null
}

export interface BuildResult {
  readonly exitCode: number
  readonly outputs: readonly string[]
}

/** Dataset folders under `sourcesDir`: those with a datapackage.json that is not the reference package. */
async function allDatasets(sourcesDir: string): Promise<string[]> {
  const names = (await readdir(sourcesDir).catch(() => [] as string[])).sort()
  const found: string[] = []
  for (const name of names) {
    const dir = path.join(sourcesDir, name)
    if (!(await stat(path.join(dir, 'datapackage.json')).catch(() => null))) continue
    const { pkg } = await readDescriptor(dir)
    if (pkg.role !== 'reference') found.push(dir)
  }
  return found
}

export function shardOf<T>(items: readonly T[], shard: BuildOptions['shard']): T[] {
  return shard ? items.filter((_, i) => i % shard.count === shard.index - 1) : [...items]
}

/** `factsheet build`: every dataset asked for, one browser for all, the worst exit code. */
export async function buildCommand(options: BuildOptions, log: Logger): Promise<BuildResult> {
  const candidates = options.all ? await allDatasets(options.sourcesDir) : options.datasets
  if (candidates.length === 0) throw new CliError(`No dataset found in ${options.sourcesDir}`, { hint: 'each dataset is a folder with a datapackage.json' })
  const datasets = shardOf(candidates, options.shard)
  if (options.shard) log.step(`shard ${options.shard.index}/${options.shard.count}: ${datasets.length} of ${candidates.length} dataset(s)`)

  const pdf = options.formats.has('pdf')
  const endpoint = pdf ? (options.browserEndpoint ?? null) : null
  const browserPath = pdf && endpoint === null ? findBrowser() : null
  const start = () => (endpoint !== null ? connectBrowser(endpoint) : launchBrowser(browserPath ?? findBrowser()))
  const started: { browser: Promise<LaunchedBrowser> | null } = { browser: null }
  const forget = onInterrupt(async () => (await started.browser)?.close())
  // A running Chrome is known by its version: its endpoint changes with every start, its binary is elsewhere.
  if (endpoint !== null) started.browser = start()
  const browserIdentity = endpoint !== null ? { version: await (await started.browser!).browser.version() } : browserPath !== null ? { path: browserPath } : null
  const services = {
    log,
    browserPath: endpoint ?? browserPath,
    browserIdentity,
    browser: () => (started.browser ??= start()),
    restartBrowser: async () => {
      const previous = started.browser
      started.browser = null
      await (await previous?.catch(() => null))?.close()
    },
  }
  let exitCode: number = EXIT.ok
  const outputs: string[] = []
  try {
    for (const dataset of datasets) {
      const result = await buildDataset({ ...options, dataset }, services)
      exitCode = Math.max(exitCode, result.exitCode)
      outputs.push(...result.written)
    }
  } finally {
    forget()
    await (await started.browser?.catch(() => null))?.close()
  }
  return { exitCode, outputs }
}
