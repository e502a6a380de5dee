import { stat } from 'node:fs/promises'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Page } from 'puppeteer-core'
import { readCountryVotes, type CountryVotes } from '../corpus/votes.ts'
import { votesTables } from '../corpus/votes-tables.ts'
import { CliError, EXIT } from '../errors.ts'
import { loadCatalog } from '../i18n.ts'
import { writeAllAtomically } from '../lib/atomic.ts'
import { connectBrowser, findBrowser, launchBrowser, type LaunchedBrowser } from '../lib/browser.ts'
import { onInterrupt } from '../lib/interrupt.ts'
import type { Logger } from '../log.ts'
import type { Format } from '../stages/plan.ts'
import { loadDocument, lockDown, pageCount, SHEET_MARGIN } from '../stages/print.ts'
import { loadTemplates, renderVoting } from '../stages/render.ts'

export interface VotesOptions {
  readonly corpus: string
  readonly out: string
  readonly formats: ReadonlySet<Format>
  /** Country codes (KG, KZ…); empty: every country in the corpus. */
  readonly countries: readonly string[]
  /** Pages printing side by side: two on two cores. */
  readonly pages: number
  readonly browserEndpoint: string | null
  /** Start a fresh browser after this many documents, so a long run's memory stays flat. */
  readonly recycleAfter: number
  /** A dataset folder: write the one country's record there as tables instead of printing sheets. */
  readonly tables: string | null
  /** Called after each sheet is written, with how many are done (for a progress bar or a benchmark). */
  readonly onPrinted?: (printed: number) => void
}

export interface VotesResult {
  readonly exitCode: number
  readonly documents: number
  readonly seconds: number
  /** Of those, the time from the first sheet's printing to the last one's, browser start included. */
  readonly printSeconds: number
}

/**
 * `factsheet votes`: a voting-record sheet for every country in the UN General Assembly votes corpus,
 * in one run: the corpus is streamed once, one browser prints with a small pool of reused pages.
 */
export async function votesCommand(options: VotesOptions, log: Logger): Promise<VotesResult> {
  const started = performance.now()
  for (const file of ['roll_calls.csv', 'unvotes.csv', 'issues.csv']) {
    if (!(await stat(path.join(options.corpus, file)).catch(() => null))) {
      throw new CliError(`The votes corpus has no ${file} in ${options.corpus}`, { hint: 'pass --corpus with the folder of the unvotes CSV files (roll_calls.csv, unvotes.csv, issues.csv)' })
    }
  }
  if (options.tables !== null && options.countries.length !== 1) {
    throw new CliError('--tables writes the record of one country', { hint: 'add --countries with one code, e.g. --countries KG' })
  }
  if (options.tables !== null && !(await stat(path.join(options.tables, 'datapackage.json')).catch(() => null))) {
    throw new CliError(`${options.tables} is not a dataset folder (it has no datapackage.json)`, { hint: 'pass the dataset folder, e.g. --tables sources/kyrgyzstan' })
  }
  const all = await log.progress('reading the votes corpus', () => readCountryVotes(options.corpus))
  const wanted = options.countries.length > 0 ? options.countries.map((c) => c.toUpperCase()) : [...all.keys()].sort()
  const missing = wanted.filter((code) => !all.has(code))
  if (missing.length > 0) log.warn(`no votes in the corpus for ${missing.join(', ')}`)
  const queue = wanted.filter((code) => all.has(code)).map((code) => all.get(code)!)
  log.step(`read ${all.size} countries' votes in ${((performance.now() - started) / 1000).toFixed(1)} s; ${queue.length} sheet(s) to make`)
  if (options.tables !== null) {
    if (queue.length === 0) throw new CliError(`the corpus has no votes for ${wanted.join(', ')}`, { hint: 'use the country code of the corpus (country_code in unvotes.csv), e.g. KG' })
    const files = await votesTables(queue[0]!, options.tables)
    await writeAllAtomically(files)
    for (const file of files) log.step(`wrote ${file.path}`)
    return { exitCode: EXIT.ok, documents: 0, seconds: (performance.now() - started) / 1000, printSeconds: 0 }
  }

  const templates = await loadTemplates()
  const catalog = await loadCatalog('en')
  const html = (votes: CountryVotes) => renderVoting(votes, catalog, templates)
  const target = (votes: CountryVotes, format: Format) => path.join(options.out, 'votes', votes.code.toLowerCase(), `voting.${format}`)
  if (!options.formats.has('pdf')) {
    await writeAllAtomically(queue.map((votes) => ({ path: target(votes, 'html'), data: html(votes) })))
    return { exitCode: EXIT.ok, documents: queue.length, seconds: (performance.now() - started) / 1000, printSeconds: 0 }
  }

  const start = () => (options.browserEndpoint ? connectBrowser(options.browserEndpoint) : launchBrowser(findBrowser()))
  const printStarted = performance.now()
  let browser: LaunchedBrowser = await start()
  const forget = onInterrupt(() => browser.close())
  let printed = 0
  let next = 0
  try {
    while (next < queue.length) {
      // One batch per browser: after `recycleAfter` documents the browser is replaced.
      const batchEnd = Math.min(queue.length, next + options.recycleAfter)
      const pages: Page[] = await Promise.all(Array.from({ length: options.pages }, () => browser.browser.newPage()))
      await Promise.all(pages.map((page) => lockDown(page)))
      await Promise.all(
        pages.map(async (page) => {
          while (next < batchEnd) {
            const votes = queue[next++]!
            const document = html(votes)
            await loadDocument(page, document)
            const pdf = await page.pdf({ format: 'A4', printBackground: true, displayHeaderFooter: false, margin: SHEET_MARGIN })
            const files = [{ path: target(votes, 'pdf'), data: pdf }]
            if (options.formats.has('html')) files.push({ path: target(votes, 'html'), data: Buffer.from(document) })
            await writeAllAtomically(files)
            options.onPrinted?.(++printed)
            if (pageCount(pdf) > 2) log.warn(`${votes.code}: the voting sheet takes ${pageCount(pdf)} pages`)
          }
        }),
      )
      await Promise.all(pages.map((page) => page.close().catch(() => undefined)))
      if (next < queue.length) {
        await browser.close()
        browser = await start()
      }
    }
  } finally {
    forget()
    await browser.close()
  }
  const seconds = (performance.now() - started) / 1000
  const printSeconds = (performance.now() - printStarted) / 1000
  log.step(`printed ${printed} voting sheet(s) in ${printSeconds.toFixed(1)} s (${(printed / printSeconds).toFixed(2)} sheets/s); ${seconds.toFixed(1)} s in all`)
  return { exitCode: EXIT.ok, documents: printed, seconds, printSeconds }
}
