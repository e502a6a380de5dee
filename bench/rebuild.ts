// A full build of the default dataset (every language, HTML and PDF) against a no-op rebuild of the
// same outputs, measured in one run as a user runs them (the CLI in a child process, wall clock).
// Prints: full_s=<seconds> noop_s=<seconds> documents=<n>
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const out = mkdtempSync(path.join(os.tmpdir(), 'bench-rebuild-'))
const run = (...args: string[]) => {
  const started = performance.now()
  const result = spawnSync(process.execPath, [path.join(root, 'bin', 'factsheet.mjs'), 'build', '--out', out, '--quiet', ...args], { cwd: root, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`)
  return (performance.now() - started) / 1000
}
try {
  const full = run('--force')
  const noop = run()
  console.log(`full_s=${full.toFixed(2)} noop_s=${noop.toFixed(2)} documents=6`)
} finally {
  rmSync(out, { recursive: true, force: true })
}
