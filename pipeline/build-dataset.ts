import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { availableParallelism } from 'node:os'
import { CliError, EXIT } from './errors.ts'
import { writeAllAtomically, type OutputFile } from './lib/atomic.ts'
import type { LaunchedBrowser } from './lib/browser.ts'
import { earliestTime, isoOf } from './lib/dates.ts'
import { formatDate } from './lib/format.ts'
import { sha256 } from './lib/hash.ts'
import { onInterrupt } from './lib/interrupt.ts'
import { acquireLock } from './lib/lock.ts'
import { mapInPool } from './lib/pool.ts'
import { editorReportMarkdown } from './lib/editor-report.ts'
import { loadFindingCatalog, renderFinding } from './lib/finding-text.ts'
import { formatFinding, formatSummary, type ValidationReport } from './lib/report.ts'
import { loadDataset, resolveAsOf } from './load.ts'
import type { Logger } from './log.ts'
import { planBuild, readManifest, type BrowserIdentity, type DocumentJob, type Format, type Manifest, type ManifestOutput } from './stages/plan.ts'
import type { Browser } from 'puppeteer-core'
import type { PdfMetadata } from './lib/pdf-finish.ts'
import type { ViewModel } from './stages/view.ts'
import { readDescriptor } from './stages/read.ts'
import type { PartialDate } from './types.ts'

export interface DatasetBuildOptions {
  readonly dataset: string
  readonly out: string
  /** null: every language the dataset declares. */
  readonly langs: readonly string[] | null
  readonly formats: ReadonlySet<Format>
  readonly asOf?: string
  readonly paper: 'A4' | 'Letter'
  readonly force: boolean
  /** How long printing one document may take before it is stopped. */
  readonly timeoutMs?: number
}

/** What a dataset build needs from the run around it: one browser for all datasets, started on demand. */
export interface BuildServices {
  readonly log: Logger
  /** The browser binary, or the ws:// endpoint of a running Chrome; null when no PDF is made. */
  readonly browserPath: string | null
  readonly browserIdentity: BrowserIdentity | null
  browser(): Promise<LaunchedBrowser>
  /** Closes the browser (what is left of it) so that the next browser() starts a fresh one. */
  restartBrowser(): Promise<void>
}

/**
 * Prints with the run's browser; if the browser dies meanwhile (a crash, an out-of-memory kill), once
 * more with a fresh one, then gives up with a clear error. A timeout or a bad document is not retried.
 */
export async function printWithRetry<T>(services: BuildServices, what: string, print: (browser: Browser) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const launched = await services.browser()
    try {
      return await print(launched.browser)
    } catch (error) {
      if (launched.browser.connected || error instanceof CliError) throw error
      await services.restartBrowser()
      if (attempt >= 2) {
        throw new CliError(`The browser stopped twice while printing ${what}`, { hint: 'check the machine\'s memory (dmesg shows out-of-memory kills) and the browser (npx factsheet browser), then build again' })
      }
      services.log.warn(`the browser stopped while printing ${what}; trying once more with a fresh browser`)
    }
  }
}

export interface DatasetBuildResult {
  readonly exitCode: number
  /** Documents written by this run (empty when everything was up to date). */
  readonly written: readonly string[]
}

/** The fact sheet is a two-page summary; the briefing pack is where everything goes at length. */
const SHEET_PAGES = 2
/** Documents printed at once: two on two cores. */
const PRINT_PAGES = Math.min(2, availableParallelism())
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`
const PACKAGE = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string }

/** The date stamped into documents: SOURCE_DATE_EPOCH when set (reproducible builds), else the as-of date. */
export function buildDate(asOf: PartialDate, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date(earliestTime(asOf))
}

/**
 * One dataset: lock its output folder, plan, and if anything is out of date check, render, print
 * and replace the changed documents, validation.json and manifest.json in one atomic step.
 */
export async function buildDataset(options: DatasetBuildOptions, services: BuildServices): Promise<DatasetBuildResult> {
  const { log } = services
  const timings: Record<string, number> = {}
  const started = performance.now()
  const lap = (stage: string, since: number) => (timings[stage] = Math.round(performance.now() - since))

  const { pkg } = await readDescriptor(options.dataset)
  const outDir = path.join(options.out, pkg.name)
  const release = await acquireLock(outDir)
  const forgetLock = onInterrupt(release)
  try {
    const langs = options.langs ?? pkg.languages
    const asOf = resolveAsOf(options.asOf, pkg.asOf, new Date())
    let t = performance.now()
    const plan = await planBuild({ datasetDir: options.dataset, outDir, langs, formats: options.formats, asOf: isoOf(asOf), paper: options.paper, browser: services.browserIdentity }, options.force)
    lap('plan', t)
    if (plan.toBuild.length === 0) {
      log.step(`${pkg.name}: nothing to do, ${plan.upToDate.length} document(s) up to date`)
      return { exitCode: EXIT.ok, written: [] }
    }
    // The browser starts while the tables are checked and the documents rendered; a failed start is
    // reported where the first document is printed.
    if (plan.toBuild.some((job) => job.format === 'pdf')) services.browser().catch(() => undefined)

    t = performance.now()
    const loaded = await loadDataset(options.dataset, { asOf: options.asOf })
    lap('read+check', t)
    // The report for the editor goes with validation.json: what the documents leave out, with file:line.
    const reports = (report: ValidationReport): OutputFile[] => [
      { path: path.join(outDir, 'validation.json'), data: `${JSON.stringify(report, null, 2)}\n` },
      { path: path.join(outDir, 'editor-report.md'), data: `${editorReportMarkdown(report)}\n` },
    ]
    log.step(formatSummary(loaded.report))
    if (!loaded.report.valid) {
      await writeAllAtomically(reports(loaded.report))
      for (const finding of loaded.findings.filter((f) => f.severity === 'error')) process.stderr.write(`${formatFinding(finding)}\n`)
      log.error(`${pkg.name}: the data has ${loaded.report.stats.errors} error(s); nothing was built and earlier outputs are unchanged`, `fix the lines above, then run the build again (\`factsheet check --dataset ${options.dataset}\` lists every finding)`)
      return { exitCode: EXIT.dataErrors, written: [] }
    }

    t = performance.now()
    // Loaded only when there is something to make: a no-op build should not pay for Handlebars, pdf-lib and fontkit.
    const [{ loadCatalog }, { buildModel }, { buildView }, { buildNotes }, { checkReaderText }, { loadTemplates, packParts, renderBriefingPack, renderFactsheet }, { printPdf }, { printPack }, { finishPdf }] = await Promise.all([
      import('./i18n.ts'),
      import('./stages/model.ts'),
      import('./stages/view.ts'),
      import('./stages/notes.ts'),
      import('./stages/reader-check.ts'),
      import('./stages/render.ts'),
      import('./stages/print.ts'),
      import('./stages/print-pack.ts'),
      import('./lib/pdf-finish.ts'),
    ])
    const templates = await loadTemplates()
    const needed = [...new Set(plan.toBuild.map((job) => job.lang))]
    const rendered = new Map<string, { view: ViewModel; html: string }>()
    for (const lang of needed) {
      const model = buildModel(loaded.dataset.tables, loaded.reference, lang)
      const catalog = await loadCatalog(lang)
      const sheet = buildView(model, pkg, loaded.asOf, catalog, 'factsheet')
      const notes = buildNotes({ model, tables: loaded.dataset.tables, raw: loaded.dataset.raw, findings: loaded.findings, asOf: loaded.asOf, labels: catalog, texts: await loadFindingCatalog(lang) })
      const pack = buildView(model, pkg, loaded.asOf, catalog, 'briefing-pack', notes)
      rendered.set(`${lang}/factsheet`, { view: sheet, html: renderFactsheet(sheet, templates) })
      rendered.set(`${lang}/briefing-pack`, { view: pack, html: renderBriefingPack(pack, templates) })
    }
    const docOf = (job: DocumentJob) => rendered.get(`${job.lang}/${job.document}`)!
    lap('render', t)

    // Nothing of the machinery reaches a reader: a document that shows its words is not published.
    const documents = [...rendered].map(([key, { html }]) => ({ path: `${pkg.name}/${key}`, lang: key.slice(0, key.indexOf('/')), html }))
    const english = await loadFindingCatalog('en')
    const leaks = (await checkReaderText(documents, options.dataset, loaded.dataset.raw)).map((f) => renderFinding(f, english))
    if (leaks.length > 0) {
      const report: ValidationReport = { ...loaded.report, valid: false, stats: { ...loaded.report.stats, errors: loaded.report.stats.errors + leaks.length }, findings: [...loaded.report.findings, ...leaks] }
      await writeAllAtomically(reports(report))
      for (const leak of leaks) process.stderr.write(`${formatFinding(leak)}\n`)
      log.error(`${pkg.name}: ${leaks.length} text(s) of the pipeline would be printed; nothing was published and earlier outputs are unchanged`, `reword each where it comes from (the lines above), then build again; ${path.join(outDir, 'editor-report.md')} lists them too`)
      return { exitCode: EXIT.dataErrors, written: [] }
    }

    const files: (OutputFile & { job: DocumentJob; pages: number | null })[] = []
    let browserVersion: string | null = null
    t = performance.now()
    const pdfJobs = plan.toBuild.filter((job) => job.format === 'pdf')
    for (const job of plan.toBuild.filter((j) => j.format === 'html')) files.push({ path: job.path, data: docOf(job).html, job, pages: null })
    const label = (job: DocumentJob, n: number) => `${pkg.name}/${job.lang}/${job.document}.pdf (${n + 1}/${pdfJobs.length})`
    const printJob = (job: DocumentJob, n: number) => {
      const { view, html } = docOf(job)
      const asOfText = view.catalog.t('asOfDate', { date: formatDate(loaded.asOf, job.lang, 'asOf') })
      const meta: PdfMetadata = {
        title: `${view.text.title} — ${view.catalog.t(job.document === 'factsheet' ? 'documentFactsheet' : 'documentBriefingPack')}`,
        author: view.text.publisher,
        subject: view.text.description,
        keywords: [view.text.country, view.catalog.t('gaInitiatives'), view.catalog.t('electedBodies'), view.catalog.t('peacekeeping')],
        lang: job.lang,
        date: buildDate(loaded.asOf),
      }
      const jobStarted = performance.now()
      return printWithRetry(services, label(job, n), async (browser) => {
        if (job.document === 'briefing-pack') {
          const parts = packParts(view)
          const layout = { headerTitle: view.text.title, footerLeft: asOfText, pageLabel: (page: number, total: number) => view.catalog.t('pageOf', { n: page, total }) }
          return printPack(browser, html, { paper: options.paper, timeoutMs: options.timeoutMs, parts, layout, meta })
        }
        const sheet = await printPdf(browser, html, { footerText: `${view.text.title} · ${asOfText}`, paper: options.paper, maxPages: SHEET_PAGES, name: `${pkg.name}/${job.lang}/factsheet.pdf`, timeoutMs: options.timeoutMs })
        return { ...sheet, pdf: await finishPdf(sheet.pdf, meta) }
      }).finally(() => log.verbose(`${label(job, n)} printed in ${Math.round(performance.now() - jobStarted)} ms`))
    }
    // Documents print side by side, one browser page each: a browser uses about one core per page.
    const printed = await log.progress(`printing ${pdfJobs.length} PDF(s)`, () => mapInPool(pdfJobs, PRINT_PAGES, printJob))
    for (const [n, job] of pdfJobs.entries()) {
      const { pdf, pages } = printed[n]!
      files.push({ path: job.path, data: pdf, job, pages })
    }
    // Asked once, after printing: the browser that printed is the one still running.
    if (pdfJobs.length > 0) browserVersion = await (await services.browser()).browser.version()
    lap('print', t)

    const previous = await readManifest(outDir)
    const outputs: ManifestOutput[] = plan.jobs.flatMap((job) => {
      const made = files.find((f) => f.job === job)
      if (made) return [{ path: job.path, document: job.document, lang: job.lang, format: job.format, sha256: sha256(made.data), bytes: Buffer.byteLength(made.data), pages: made.pages, fingerprint: job.fingerprint }]
      const kept = previous?.outputs.find((o) => o.path === job.path)
      return kept ? [kept] : []
    })
    timings.total = Math.round(performance.now() - started)
    const manifest: Manifest = {
      dataset: pkg.name,
      asOf: isoOf(loaded.asOf),
      tool: { name: PACKAGE.name, version: PACKAGE.version, node: process.version },
      browser: services.browserPath ? { path: services.browserPath, version: browserVersion ?? previous?.browser?.version ?? '' } : null,
      options: { langs, formats: [...options.formats], paper: options.paper, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH ?? null },
      inputs: plan.inputs,
      check: { ...loaded.report.stats },
      outputs,
      timingsMs: timings,
    }
    await writeAllAtomically([...files, ...reports(loaded.report), { path: path.join(outDir, 'manifest.json'), data: `${JSON.stringify(manifest, null, 2)}\n` }])
    for (const file of files) log.step(`wrote ${file.path} (${kb(Buffer.byteLength(file.data))}${file.pages ? `, ${file.pages} page(s)` : ''})`)
    if (plan.upToDate.length > 0) log.step(`${pkg.name}: ${plan.upToDate.length} document(s) were up to date and left as they were`)
    log.verbose(`${pkg.name}: timings ${Object.entries(timings).map(([k, v]) => `${k}=${v}ms`).join(' ')}`)
    return { exitCode: EXIT.ok, written: files.map((f) => f.path) }
  } finally {
    forgetLock()
    await release()
  }
}
