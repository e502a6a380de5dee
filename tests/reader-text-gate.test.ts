import { existsSync, readFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { copyOfDefaultDataset } from './helpers/dataset-copy.ts'
import { runCli, tempDir } from './helpers/fixtures.ts'

describe('the reader-text gate of the build', () => {
  it('fails a build whose document would show a word of the pipeline: exit 1, nothing published, the word traced to its origin', async () => {
    const dataset = await copyOfDefaultDataset()
    const descriptor = path.join(dataset, 'datapackage.json')
    const pkg = JSON.parse(await readFile(descriptor, 'utf8')) as { title: string }
    await writeFile(descriptor, JSON.stringify({ ...pkg, title: `${pkg.title} (TODO: confirm the title)` }, null, 2))
    const out = await tempDir()
    const run = runCli(['build', '--dataset', dataset, '--out', out, '--format', 'html', '--lang', 'en'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/datapackage\.json:\d+: error reader-text: kyrgyzstan\/en\/factsheet \(en\) shows the reader "TODO" \(TODO: a research placeholder[^)]*\): “.*\(TODO: confirm the title\)/)
    expect(run.stderr).toContain('nothing was published')
    expect(existsSync(path.join(out, 'kyrgyzstan', 'en', 'factsheet.html'))).toBe(false)
    const validation = JSON.parse(readFileSync(path.join(out, 'kyrgyzstan', 'validation.json'), 'utf8'))
    expect(validation.valid).toBe(false)
    expect(validation.findings).toContainEqual(expect.objectContaining({ rule: 'reader-text', code: 'reader-text.forbidden', params: expect.objectContaining({ found: 'TODO', lang: 'en' }) }))
    expect(readFileSync(path.join(out, 'kyrgyzstan', 'editor-report.md'), 'utf8')).toMatch(/error reader-text: kyrgyzstan\/en\/briefing-pack \(en\) shows the reader "TODO"/)
  })
})
