import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { printWithRetry, type BuildServices } from '../pipeline/build-dataset.ts'
import { CliError } from '../pipeline/errors.ts'
import { launchBrowser, type LaunchedBrowser } from '../pipeline/lib/browser.ts'
import type { Logger } from '../pipeline/log.ts'
import { loadCatalog } from '../pipeline/i18n.ts'
import { loadDataset } from '../pipeline/load.ts'
import { buildModel } from '../pipeline/stages/model.ts'
import { printPdf } from '../pipeline/stages/print.ts'
import { loadTemplates, renderFactsheet } from '../pipeline/stages/render.ts'
import { buildView } from '../pipeline/stages/view.ts'
import { copyOfDefaultDataset, editTable } from './helpers/dataset-copy.ts'
import { root, runCli, tempDir } from './helpers/fixtures.ts'
import { pdfText } from './helpers/pdf.ts'

const quiet: Logger = { step: () => {}, verbose: () => {}, warn: () => {}, error: () => {}, progress: (_t, step) => step() }
const PAGE = "<!doctype html><html><body><p>Hello</p><script>window.__chartsReady = Promise.resolve(0)</script></body></html>"

/** Browsers whose profile folder is gone: left behind by a build that has ended. */
function orphanBrowsers(): string[] {
  const processes = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
  return [...processes.matchAll(/--user-data-dir=(\S*factsheet-chrome-\S*)/g)].map((m) => m[1]!).filter((dir) => !existsSync(dir))
}

/** Services whose first `kills` browsers die (SIGKILL) just as they are handed out. */
function crashingServices(kills: number): BuildServices & { launches: number; close(): Promise<void> } {
  let current: Promise<LaunchedBrowser> | null = null
  const all: LaunchedBrowser[] = []
  const services = {
    log: quiet,
    browserPath: null,
    browserIdentity: null,
    launches: 0,
    browser: () =>
      (current ??= launchBrowser().then((launched) => {
        all.push(launched)
        services.launches++
        if (services.launches <= kills) launched.browser.process()?.kill('SIGKILL')
        return launched
      })),
    restartBrowser: async () => {
      const previous = current
      current = null
      await (await previous)?.close()
    },
    close: async () => {
      await Promise.all(all.map((l) => l.close()))
    },
  }
  return services
}

const canMount = (() => {
  try {
    const probe = path.join('/tmp', `factsheet-mount-probe-${process.pid}`)
    mkdirSync(probe, { recursive: true })
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' })
    execFileSync('umount', [probe], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

describe('faults while printing', () => {
  it('retries once with a fresh browser when the browser dies, and leaves no browser behind', async () => {
    const services = crashingServices(1)
    try {
      const printed = await printWithRetry(services, 'test.pdf', (browser) => printPdf(browser, PAGE, { footerText: 'x' }))
      expect(printed.pages).toBe(1)
      expect(services.launches).toBe(2)
    } finally {
      await services.close()
    }
    expect(orphanBrowsers()).toEqual([])
  })

  it('gives up with a clear error when the fresh browser dies too', async () => {
    const services = crashingServices(2)
    try {
      const error = await printWithRetry(services, 'test.pdf', (browser) => printPdf(browser, PAGE, { footerText: 'x' })).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(CliError)
      expect((error as CliError).message).toBe('The browser stopped twice while printing test.pdf')
    } finally {
      await services.close()
    }
    expect(orphanBrowsers()).toEqual([])
  })

  it('stops a document whose charts never finish, after the configured time', async () => {
    const launched = await launchBrowser()
    try {
      const hanging = PAGE.replace('Promise.resolve(0)', 'new Promise(() => {})')
      const started = Date.now()
      const error = await printPdf(launched.browser, hanging, { footerText: 'x', timeoutMs: 1500 }).catch((e: unknown) => e)
      expect((error as CliError).message).toBe('Printing the document took longer than 2 s and was stopped')
      expect(Date.now() - started).toBeLessThan(10_000)
      expect((await printPdf(launched.browser, PAGE, { footerText: 'x' })).pages).toBe(1)
    } finally {
      await launched.close()
    }
  })

  it('exits 130 on Ctrl-C (SIGINT) and leaves no temp file, lock or browser', async () => {
    const out = await tempDir()
    const child = spawn(process.execPath, [path.join(root, 'bin', 'factsheet.mjs'), 'build', '--out', out, '--lang', 'ru'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } })
    let stderr = ''
    const code = await new Promise<number | null>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString()
        if (stderr.includes('checked as of') && !child.killed) setTimeout(() => child.kill('SIGINT'), 500)
      })
      child.on('exit', resolve)
    })
    expect(code, stderr).toBe(130)
    expect(readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'))).toEqual([])
    expect(readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith('.pdf'))).toEqual([])
    expect(orphanBrowsers()).toEqual([])
  })
})

describe.skipIf(!canMount)('an output folder that cannot be written (a small tmpfs, mounted for the test)', () => {
  const mounted = async (size: string) => {
    const dir = await tempDir('factsheet-fs-')
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir])
    return { dir, unmount: () => execFileSync('umount', ['-l', dir]) }
  }

  it('says the disk is full (exit 2) and leaves no partial file', async () => {
    const { dir, unmount } = await mounted('96k')
    try {
      const run = runCli(['build', '--out', dir, '--format', 'html', '--lang', 'en'])
      expect(run.code).toBe(2)
      expect(run.stderr).toContain('the disk is full')
      expect(run.stderr).toContain('hint:')
      expect(readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.(tmp|lock|html)$/.test(f))).toEqual([])
    } finally {
      unmount()
    }
  })

  it('says the folder is read-only (exit 2) and keeps the earlier documents', async () => {
    const { dir, unmount } = await mounted('8m')
    try {
      expect(runCli(['build', '--out', dir, '--format', 'html', '--lang', 'en', '--quiet']).code).toBe(0)
      const before = readFileSync(path.join(dir, 'kyrgyzstan', 'en', 'factsheet.html'))
      execFileSync('mount', ['-o', 'remount,ro', dir])
      const run = runCli(['build', '--out', dir, '--format', 'html', '--lang', 'en', '--force'])
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(/read-only|permission denied/)
      expect(readFileSync(path.join(dir, 'kyrgyzstan', 'en', 'factsheet.html')).equals(before)).toBe(true)
    } finally {
      unmount()
    }
  })
})

describe('hostile data', () => {
  /** A server that counts what it is asked for: a document that loads nothing asks it nothing. */
  async function counting(): Promise<{ port: number; requests: () => number; close: () => void }> {
    let requests = 0
    const server = createServer((_request, response) => {
      requests++
      response.end('x')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return { port: (server.address() as { port: number }).port, requests: () => requests, close: () => server.close() }
  }

  it('makes no request for a URL in a cell while printing, and prints the cell as text', async () => {
    const server = await counting()
    try {
      const dataset = await copyOfDefaultDataset()
      const bait = `<img src="http://127.0.0.1:${server.port}/pixel.png"> <link rel=stylesheet href="http://127.0.0.1:${server.port}/x.css"> <iframe src="http://127.0.0.1:${server.port}/frame"></iframe>`
      await editTable(dataset, 'resolutions.csv', 'International Year of Sustainable Mountain Development, 2022', bait)
      await editTable(dataset, 'sources.csv', 'https://news.un.org/en/story/2006/09/191372', `http://127.0.0.1:${server.port}/source`)
      const out = await tempDir()
      const run = runCli(['build', '--dataset', dataset, '--out', out, '--lang', 'en'])
      expect(run.code, run.stderr).toBe(0)
      expect(server.requests()).toBe(0)
      // The pack prints every row, so the bait is printed there whatever the sheet selects.
      const html = readFileSync(path.join(out, 'kyrgyzstan', 'en', 'briefing-pack.html'), 'utf8')
      expect(html).toContain('&lt;img src&#x3D;&quot;http://127.0.0.1')
      expect(html).not.toContain(`href="http://127.0.0.1:${server.port}/source"`)
      expect(pdfText(path.join(out, 'kyrgyzstan', 'en', 'briefing-pack.pdf'))).toContain(`<iframe src="http://127.0.0.1:${server.port}/frame">`)
    } finally {
      server.close()
    }
  })

  it('refuses a local file path in a cell before printing, and reads no local file when such a document is printed', async () => {
    const dataset = await copyOfDefaultDataset()
    const bait = '<iframe src="file:///etc/passwd"></iframe>'
    await editTable(dataset, 'resolutions.csv', 'International Year of Sustainable Mountain Development, 2022', bait)
    const out = await tempDir()
    // The reader-text gate: a path is the workstation's, not the reader's; the build names the cell.
    const run = runCli(['build', '--dataset', dataset, '--out', out, '--lang', 'en'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/resolutions\.csv:\d+:\d+: error reader-text: .*"file:\/\/\/etc\/passwd"/)
    expect(readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith('.pdf'))).toEqual([])
    // Printed past the gate, the sheet that carries it still shows the cell as text and nothing of the file.
    const loaded = await loadDataset(dataset)
    const view = buildView(buildModel(loaded.dataset.tables, loaded.reference, 'en'), loaded.dataset.pkg, loaded.asOf, await loadCatalog('en'), 'factsheet')
    const launched = await launchBrowser()
    try {
      const printed = await printPdf(launched.browser, renderFactsheet(view, await loadTemplates()), { footerText: 'x' })
      const file = path.join(await tempDir(), 'factsheet.pdf')
      writeFileSync(file, printed.pdf)
      const text = pdfText(file)
      expect(text).toContain(bait)
      expect(text).not.toMatch(/root:x:0:0/)
    } finally {
      await launched.close()
    }
  })
})
