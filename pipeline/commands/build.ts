import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { EXIT } from '../errors.ts'
import { loadCatalog } from '../i18n.ts'
import { writeAllAtomically, type OutputFile } from '../lib/atomic.ts'
import { earliestTime } from '../lib/dates.ts'
import { formatDate } from '../lib/format.ts'
import { findBrowser, launchBrowser } from '../lib/browser.ts'
import { onInterrupt } from '../lib/interrupt.ts'
import { fixPdfDates } from '../lib/pdf.ts'
import { formatFinding, formatSummary } from '../lib/report.ts'
import { loadDataset } from '../load.ts'
import type { Logger } from '../log.ts'
import { buildModel } from '../stages/model.ts'
import { pageCount, printPdf } from '../stages/print.ts'
import { loadTemplates, renderFactsheet } from '../stages/render.ts'
import { buildView } from '../stages/view.ts'
import type { PartialDate } from '../types.ts'

export type Format = 'html' | 'pdf'

export interface BuildOptions {
  readonly dataset: string
  readonly out: string
  /** null: every language the dataset declares. */
  readonly langs: readonly string[] | null
  readonly formats: ReadonlySet<Format>
  readonly asOf?: string
  readonly paper: 'A4' | 'Letter'
}

export interface BuildResult {
  readonly exitCode: number
  readonly outputs: readonly string[]
}

/** The date stamped into documents: SOURCE_DATE_EPOCH when set (reproducible builds), else the as-of date. */
export function buildDate(asOf: PartialDate, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date(earliestTime(asOf))
}

/** The fact sheet is a two-page summary; the briefing pack is where everything goes at length. */
const SHEET_PAGES = 2
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`

/** `factsheet build`: check, then render and print every document, then replace the outputs at once. */
export async function buildCommand(options: BuildOptions, log: Logger): Promise<BuildResult> {
  const started = performance.now()
  const loaded = await loadDataset(options.dataset, { asOf: options.asOf })
  const { pkg } = loaded.dataset
  const outDir = path.join(options.out, pkg.name)
  await writeAllAtomically([{ path: path.join(outDir, 'validation.json'), data: `${JSON.stringify(loaded.report, null, 2)}\n` }])
  log.step(formatSummary(loaded.report))
  if (!loaded.report.valid) {
    for (const finding of loaded.findings.filter((f) => f.severity === 'error')) process.stderr.write(`${formatFinding(finding)}\n`)
    log.error(`the data has ${loaded.report.stats.errors} error(s); nothing was built and earlier outputs are unchanged`, `fix the lines above, then run the build again (\`factsheet check --dataset ${options.dataset}\` lists every finding)`)
    return { exitCode: EXIT.dataErrors, outputs: [] }
  }

  const langs = options.langs ?? pkg.languages
  const executablePath = options.formats.has('pdf') ? findBrowser() : null
  const templates = await loadTemplates()
  const documents = await Promise.all(
    langs.map(async (lang) => {
      const view = buildView(buildModel(loaded.dataset.tables, loaded.reference, lang), pkg, loaded.asOf, await loadCatalog(lang))
      return { lang, view, html: renderFactsheet(view, templates) }
    }),
  )
  log.step(`rendered ${documents.length} document(s) in ${Math.round(performance.now() - started)} ms`)

  const files: OutputFile[] = []
  for (const doc of documents) {
    if (options.formats.has('html')) files.push({ path: path.join(outDir, doc.lang, 'factsheet.html'), data: doc.html })
  }
  if (executablePath) {
    const launched = await launchBrowser(executablePath)
    const forget = onInterrupt(() => launched.close())
    try {
      for (const doc of documents) {
        const footerText = `${doc.view.text.title} · ${doc.view.catalog.t('asOfDate', { date: formatDate(loaded.asOf, doc.lang, 'asOf') })}`
        const printed = await log.progress(`printing ${doc.lang}/factsheet.pdf`, () => printPdf(launched.browser, doc.html, { footerText, paper: options.paper, maxPages: SHEET_PAGES }))
        if (printed.pages > SHEET_PAGES) log.warn(`${doc.lang}/factsheet.pdf takes ${printed.pages} pages even at ${Math.round(printed.scale * 100)}% size; shorten the texts or the tables`)
        else if (printed.scale < 1) log.step(`${doc.lang}/factsheet.pdf printed at ${Math.round(printed.scale * 100)}% to fit ${SHEET_PAGES} pages`)
        files.push({ path: path.join(outDir, doc.lang, 'factsheet.pdf'), data: fixPdfDates(printed.pdf, buildDate(loaded.asOf)) })
      }
    } finally {
      forget()
      await launched.close()
    }
  }
  await writeAllAtomically(files)
  for (const file of files) {
    const pages = file.path.endsWith('.pdf') ? `, ${pageCount(file.data as Uint8Array)} page(s)` : ''
    log.step(`wrote ${file.path} (${kb(Buffer.byteLength(file.data))}${pages})`)
  }
  log.step(`done in ${((performance.now() - started) / 1000).toFixed(2)} s`)
  return { exitCode: EXIT.ok, outputs: files.map((f) => f.path) }
}
