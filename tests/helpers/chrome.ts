import { spawn, type ChildProcess } from 'node:child_process'
import { findBrowser } from '../../pipeline/lib/browser.ts'
import { tempDir } from './fixtures.ts'

export interface RunningChrome {
  readonly endpoint: string
  readonly process: ChildProcess
  stop(): void
}

/** A Chromium of its own, started with --remote-debugging-port as a Chrome pool would be: what --browser-endpoint connects to. */
export async function startChrome(): Promise<RunningChrome> {
  const profile = await tempDir('factsheet-endpoint-profile-')
  const chrome = spawn(findBrowser(), ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] })
  const endpoint = await new Promise<string>((resolve, reject) => {
    let err = ''
    chrome.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString()
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err)
      if (m) resolve(m[1]!)
    })
    setTimeout(() => reject(new Error(`Chrome did not start: ${err}`)), 20_000)
  })
  return { endpoint, process: chrome, stop: () => chrome.kill('SIGKILL') }
}
