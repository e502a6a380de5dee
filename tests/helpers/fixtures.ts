import { spawn, spawnSync } from 'node:child_process'
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll } from 'vitest'

export const root = fileURLToPath(new URL('../../', import.meta.url))
export const fixtures = path.join(root, 'tests', 'fixtures')
export const defaultDataset = path.join(root, 'sources', 'kyrgyzstan')

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

export async function tempDir(prefix = 'factsheet-test-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** The minimal dataset, with the tables of `tests/fixtures/cases/<name>/` laid over it, in a temp folder. */
export async function fixtureDataset(caseName?: string): Promise<string> {
  const dir = path.join(await tempDir(), caseName ?? 'minimal')
  await cp(path.join(fixtures, 'minimal'), dir, { recursive: true })
  if (caseName) await cp(path.join(fixtures, 'cases', caseName), dir, { recursive: true })
  return dir
}

/** The minimal dataset with some tables replaced by the given CSV text: a fixture beside its assertion. */
export async function datasetWith(tables: Readonly<Record<string, string>>): Promise<string> {
  const dir = await fixtureDataset()
  for (const [file, text] of Object.entries(tables)) await writeFile(path.join(dir, file), text)
  return dir
}

export interface CliRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** The same, without blocking the test process: for tests that run several builds side by side. */
export function runCliAsync(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'bin', 'factsheet.mjs'), ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1', ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** Runs the real CLI as a user would, from the project root. */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, [path.join(root, 'bin', 'factsheet.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    timeout: 120_000,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}
