// The numbers of the speed-and-scale brief, measured in one run on this machine. Ends with one line:
// bench: sheets_per_s=… overhead=… cold_pack_s=… noop_s=… ingest_ratio=… check_s=… rss_start_mb=… rss_end_mb=…
import { spawnSync } from 'node:child_process'
import { createReadStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse'
import { readCountryVotes, type CountryVotes } from '../pipeline/corpus/votes.ts'
import { loadCatalog } from '../pipeline/i18n.ts'
import { findBrowser, launchBrowser } from '../pipeline/lib/browser.ts'
import { votesCommand } from '../pipeline/commands/votes.ts'
import { loadDocument, lockDown, SHEET_MARGIN } from '../pipeline/stages/print.ts'
import { loadTemplates, renderVoting } from '../pipeline/stages/render.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const corpus = path.join(root, '..', 'shared', 'corpus', 'unga-votes', 'tidytuesday-2021-03-23')
const work = mkdtempSync(path.join(os.tmpdir(), 'bench-all-'))
const seconds = (since: number) => (performance.now() - since) / 1000
const cli = (...args: string[]) => {
  const started = performance.now()
  const result = spawnSync(process.execPath, [path.join(root, 'bin', 'factsheet.mjs'), ...args], { cwd: root, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`factsheet ${args.join(' ')} failed: ${result.stderr}`)
  return { seconds: seconds(started), stderr: result.stderr }
}

/** Resident memory of a process and every process under it (the browser's), in MB. */
function rssMb(rootPid: number): number {
  // A process may end between listing /proc and reading it; it then counts for nothing.
  const kb = (pid: number) => {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
    } catch {
      return 0
    }
  }
  const children = (pid: number): number[] => {
    const ids = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number)
    return ids.filter((id) => {
      try {
        return Number(readFileSync(`/proc/${id}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]) === pid
      } catch {
        return false
      }
    })
  }
  const tree = (pid: number): number[] => [pid, ...children(pid).flatMap(tree)]
  return Math.round(tree(rootPid).reduce((sum, pid) => sum + kb(pid), 0) / 1024)
}

try {
  // Ingest: our streamed read with the sums, against one raw csv-parse stream of the same file; the
  // best of three runs of each, alternated, since a single run on a busy 2-core machine varies by ±20%.
  const votesFile = path.join(corpus, 'unvotes.csv')
  const megabytes = statSync(votesFile).size / 1e6
  const rawParse = () =>
    new Promise<void>((resolve, reject) => {
      const parser = createReadStream(votesFile).pipe(parse({ bom: true, from_line: 2 }))
      parser.on('readable', () => {
        while (parser.read() !== null);
      })
      parser.on('end', resolve)
      parser.on('error', reject)
    })
  let rawSeconds = Infinity
  let ourSeconds = Infinity
  let all = new Map<string, CountryVotes>()
  for (let run = 0; run < 3; run++) {
    let started = performance.now()
    await rawParse()
    rawSeconds = Math.min(rawSeconds, seconds(started))
    started = performance.now()
    all = await readCountryVotes(corpus)
    ourSeconds = Math.min(ourSeconds, seconds(started))
  }
  const rawMbPerS = megabytes / rawSeconds
  const ourMbPerS = megabytes / ourSeconds

  // Sheets per second: `factsheet votes` for every country (one browser, two reused pages, a fresh
  // browser every 100 sheets), files written; memory of this process and its browser at the 20th and the last sheet.
  let rssStart = 0
  let rssLast = 0
  const quiet = { step: () => undefined, verbose: () => undefined, warn: (m: string) => console.error(m), error: (m: string) => console.error(m), progress: <T>(_: string, step: () => Promise<T>) => step() }
  const run = await votesCommand(
    { corpus, out: path.join(work, 'votes'), formats: new Set(['pdf'] as const), countries: [], pages: 2, browserEndpoint: null, recycleAfter: 100, tables: null, onPrinted: (n) => {
      if (n === 20) rssStart = rssMb(process.pid)
      if (n === all.size) rssLast = rssMb(process.pid)
    } },
    quiet,
  )
  const sheetsPerS = run.documents / run.printSeconds

  // The engine alone: the same HTML, a bare warm loop on one page (about:blank, setContent, wait for the charts, print).
  const templates = await loadTemplates()
  const catalog = await loadCatalog('en')
  const sample = [...all.values()].sort((a, b) => a.code.localeCompare(b.code)).slice(0, 20).map((votes) => renderVoting(votes, catalog, templates))
  const launched = await launchBrowser(findBrowser())
  const bare = await launched.browser.newPage()
  await lockDown(bare)
  const pdfOptions = { format: 'A4' as const, printBackground: true, margin: SHEET_MARGIN }
  for (const html of sample.slice(0, 3)) await loadDocument(bare, html)
  let started = performance.now()
  for (const html of sample) {
    await bare.goto('about:blank')
    await bare.setContent(html, { waitUntil: 'load' })
    await bare.evaluate('window.__chartsReady')
    await bare.pdf(pdfOptions)
  }
  const bareSecondsPerSheet = seconds(started) / sample.length
  await launched.close()
  // Ours per sheet on one page, to compare like with like: the pool's rate is for two pages.
  const oursPerSheetOnePage = 2 / sheetsPerS
  const overhead = oursPerSheetOnePage / bareSecondsPerSheet

  // Whole builds of the default dataset as a user runs them: cold (forced), then a no-op.
  const out = path.join(work, 'out')
  const cold = cli('build', '--out', out, '--force', '--quiet')
  const noop = cli('build', '--out', out, '--quiet')
  const check = cli('check', '--dataset', 'sources/kyrgyzstan')

  console.log(`ingest: ours ${ourMbPerS.toFixed(1)} MB/s (one streamed pass, then the sums), raw csv-parse ${rawMbPerS.toFixed(1)} MB/s, ${megabytes.toFixed(1)} MB, best of 3 each`)
  console.log(`sheets: ${run.documents} voting sheets in ${run.printSeconds.toFixed(1)} s (${sheetsPerS.toFixed(2)}/s with 2 pages, browser start and file writes included); bare loop ${(bareSecondsPerSheet * 1000).toFixed(0)} ms/sheet on 1 page`)
  console.log(`builds: default dataset cold ${cold.seconds.toFixed(2)} s (12 documents), no-op ${noop.seconds.toFixed(2)} s, check ${check.seconds.toFixed(2)} s`)
  const rollCalls = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench', 'check-roll-calls.ts')], { cwd: root, encoding: 'utf8' })
  const checkS = /check_s=([\d.]+)/.exec(rollCalls.stdout)?.[1] ?? 'NA'
  console.log(
    `bench: sheets_per_s=${sheetsPerS.toFixed(2)} overhead=${overhead.toFixed(2)} cold_pack_s=${cold.seconds.toFixed(2)} noop_s=${noop.seconds.toFixed(2)} ingest_ratio=${(ourMbPerS / rawMbPerS).toFixed(2)} check_s=${checkS} rss_start_mb=${rssStart} rss_end_mb=${rssLast}`,
  )
} finally {
  rmSync(work, { recursive: true, force: true })
}
