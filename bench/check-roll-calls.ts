// Times `factsheet check` on the 6,202 UN General Assembly roll calls (converted to a resolutions
// table), in process, after one warm-up run. Prints one line: check_s=<median seconds> rows=<n>.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { rollCallsAsResolutions } from '../pipeline/corpus/roll-calls.ts'
import { loadDataset } from '../pipeline/load.ts'

const corpus = fileURLToPath(new URL('../../shared/corpus/unga-votes/tidytuesday-2021-03-23/roll_calls.csv', import.meta.url))
const work = await mkdtemp(path.join(os.tmpdir(), 'bench-check-'))
try {
  const dir = path.join(work, 'unga-roll-calls')
  await mkdir(dir)
  const { pkg, csv, rows } = rollCallsAsResolutions(await readFile(corpus, 'utf8'))
  await writeFile(path.join(dir, 'datapackage.json'), JSON.stringify(pkg))
  await writeFile(path.join(dir, 'resolutions.csv'), csv)
  const times: number[] = []
  let counts: Record<string, number> = {}
  for (let run = 0; run < 6; run++) {
    const started = performance.now()
    const { findings } = await loadDataset(dir, { asOf: '2021-03-23' })
    times.push((performance.now() - started) / 1000)
    counts = {}
    for (const f of findings) counts[`${f.rule}/${f.severity}`] = (counts[`${f.rule}/${f.severity}`] ?? 0) + 1
  }
  const median = times.slice(1).sort((a, b) => a - b)[2]!
  console.log(`findings: ${Object.entries(counts).map(([k, v]) => `${k}=${v}`).join(' ')}`)
  console.log(`check_s=${median.toFixed(3)} rows=${rows}`)
} finally {
  await rm(work, { recursive: true, force: true })
}
