import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { copyOfDefaultDataset, editTable } from './helpers/dataset-copy.ts'
import { root, runCli, tempDir } from './helpers/fixtures.ts'

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/** Every file under a folder (hidden ones too) with its hash and modification time. */
function snapshot(dir: string): Record<string, { sha: string; mtime: number }> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
  return Object.fromEntries(files.map((e) => path.join(e.parentPath, e.name)).sort().map((f) => [path.relative(dir, f), { sha: sha256(f), mtime: statSync(f).mtimeMs }]))
}

async function twoDatasets(): Promise<{ first: string; second: string }> {
  const first = await copyOfDefaultDataset()
  const second = path.join(await tempDir(), 'second')
  await import('node:fs/promises').then((fs) => fs.cp(first, second, { recursive: true }))
  const descriptor = path.join(second, 'datapackage.json')
  writeFileSync(descriptor, readFileSync(descriptor, 'utf8').replace('"name": "kyrgyzstan"', '"name": "second"'))
  return { first, second }
}

describe('reproducible builds', () => {
  it('gives byte-identical HTML and PDF in every language, process after process, with SOURCE_DATE_EPOCH or without', async () => {
    const [a, b] = [await tempDir(), await tempDir()]
    expect(runCli(['build', '--out', a, '--quiet']).code).toBe(0)
    expect(runCli(['build', '--out', b, '--quiet']).code).toBe(0)
    const documents = (dir: string) => Object.fromEntries(Object.entries(snapshot(dir)).filter(([f]) => /(factsheet|briefing-pack)\.(html|pdf)$/.test(f)).map(([f, v]) => [f, v.sha]))
    expect(Object.keys(documents(a))).toHaveLength(12)
    expect(documents(b)).toEqual(documents(a))
    const epoch = await tempDir()
    expect(runCli(['build', '--out', epoch, '--quiet', '--lang', 'en', '--format', 'pdf'], { SOURCE_DATE_EPOCH: '1700000000' }).code).toBe(0)
    expect(readFileSync(path.join(epoch, 'kyrgyzstan', 'en', 'factsheet.pdf')).toString('latin1')).toContain('/CreationDate (D:20231114221320')
  })
})

describe('incremental builds', () => {
  it('does nothing and touches no file when nothing changed, and rebuilds all with --force', async () => {
    const out = await tempDir()
    expect(runCli(['build', '--out', out, '--format', 'html']).code).toBe(0)
    const before = snapshot(out)
    const again = runCli(['build', '--out', out, '--format', 'html'])
    expect(again.code).toBe(0)
    expect(again.stderr).toContain('kyrgyzstan: nothing to do, 6 document(s) up to date')
    expect(snapshot(out)).toEqual(before)
    const forced = runCli(['build', '--out', out, '--format', 'html', '--force'])
    expect(forced.stderr).toContain('wrote')
    expect(snapshot(out)['kyrgyzstan/en/factsheet.html']!.mtime).toBeGreaterThan(before['kyrgyzstan/en/factsheet.html']!.mtime)
  })

  it('rebuilds only the dataset whose table changed, and only the language that was missing', async () => {
    const { first, second } = await twoDatasets()
    const out = await tempDir()
    expect(runCli(['build', '--dataset', first, '--dataset', second, '--out', out, '--format', 'html', '--lang', 'en']).code).toBe(0)
    const before = snapshot(out)
    await editTable(second, 'treaties.csv', 'Semipalatinsk, Kazakhstan', 'Semipalatinsk (Semey), Kazakhstan')
    const run = runCli(['build', '--dataset', first, '--dataset', second, '--out', out, '--format', 'html', '--lang', 'en,ru'])
    expect(run.code, run.stderr).toBe(0)
    const after = snapshot(out)
    const changed = Object.keys(after).filter((f) => before[f]?.mtime !== after[f]!.mtime).sort()
    expect(changed).toEqual([
      'kyrgyzstan/editor-report.md', 'kyrgyzstan/manifest.json', 'kyrgyzstan/ru/briefing-pack.html', 'kyrgyzstan/ru/factsheet.html', 'kyrgyzstan/validation.json',
      'second/editor-report.md', 'second/en/briefing-pack.html', 'second/en/factsheet.html', 'second/manifest.json', 'second/ru/briefing-pack.html', 'second/ru/factsheet.html', 'second/validation.json',
    ])
    expect(readFileSync(path.join(out, 'second', 'en', 'factsheet.html'), 'utf8')).toContain('Semipalatinsk (Semey), Kazakhstan')
    const manifest = JSON.parse(readFileSync(path.join(out, 'second', 'manifest.json'), 'utf8'))
    expect(manifest.inputs.some((i: { path: string }) => i.path.endsWith('treaties.csv'))).toBe(true)
    expect(manifest.outputs.map((o: { path: string }) => path.relative(path.join(out, 'second'), o.path)).sort()).toEqual(['en/briefing-pack.html', 'en/factsheet.html', 'ru/briefing-pack.html', 'ru/factsheet.html'])
    expect(Object.keys(manifest.timingsMs)).toEqual(expect.arrayContaining(['plan', 'read+check', 'render', 'total']))
  })

  it('builds a CI shard: the k-th of n shares of the datasets', async () => {
    const { first, second } = await twoDatasets()
    const out = await tempDir()
    const run = runCli(['build', '--dataset', first, '--dataset', second, '--shard', '2/2', '--out', out, '--format', 'html', '--lang', 'en'])
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('shard 2/2: 1 of 2 dataset(s)')
    expect(readdirSync(out)).toEqual(['second'])
    expect(runCli(['build', '--shard', '3/2']).code).toBe(2)
  })
})

describe('safe outputs', () => {
  it('stops with a clear message while another build holds the output folder, and takes over a stale lock', async () => {
    const out = await tempDir()
    const lock = path.join(out, 'kyrgyzstan', '.build.lock')
    await import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(lock), { recursive: true }))
    writeFileSync(lock, `${process.pid}\n`)
    const blocked = runCli(['build', '--out', out, '--format', 'html'])
    expect(blocked.code).toBe(2)
    expect(blocked.stderr).toContain(`Another build (process ${process.pid}) is writing`)
    expect(existsSync(path.join(out, 'kyrgyzstan', 'en'))).toBe(false)
    writeFileSync(lock, '999999\n')
    expect(runCli(['build', '--out', out, '--format', 'html', '--lang', 'en']).code).toBe(0)
    expect(existsSync(lock)).toBe(false)
  })

  it('leaves the previous outputs intact, and no temp file, lock or browser, when a build is stopped with SIGTERM', async () => {
    const out = await tempDir()
    expect(runCli(['build', '--out', out, '--lang', 'en', '--quiet']).code).toBe(0)
    const before = snapshot(out)
    const dataset = await copyOfDefaultDataset()
    await editTable(dataset, 'treaties.csv', 'New York', 'New York City')
    const child = spawn(process.execPath, [path.join(root, 'bin', 'factsheet.mjs'), 'build', '--dataset', dataset, '--out', out, '--lang', 'en,ru,ky'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } })
    let stderr = ''
    const code = await new Promise<number | null>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString()
        if (stderr.includes('checked as of') && !child.killed) setTimeout(() => child.kill('SIGTERM'), 400)
      })
      child.on('exit', (exitCode) => resolve(exitCode))
    })
    expect(code, stderr).toBe(143)
    expect(stderr).toContain('SIGTERM received')
    expect(snapshot(out)).toEqual(before)
    const leftovers = readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'))
    expect(leftovers).toEqual([])
    const browsers = await new Promise<string>((resolve) => {
      const ps = spawn('ps', ['-eo', 'pid,args'])
      let text = ''
      ps.stdout.on('data', (c: Buffer) => (text += c.toString()))
      ps.on('exit', () => resolve(text))
    })
    // A browser of a finished build has lost its profile folder; one whose folder is gone is an orphan.
    const profiles = [...browsers.matchAll(/--user-data-dir=(\S*factsheet-chrome-\S*)/g)].map((m) => m[1]!)
    expect(profiles.filter((dir) => !existsSync(dir))).toEqual([])
  })
})
