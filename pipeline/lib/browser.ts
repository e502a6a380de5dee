import { accessSync, constants, readdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'puppeteer-core'
import { CliError } from '../errors.ts'

/** Real binaries before wrappers: Debian's /usr/bin/chromium is a shell script that adds flags and noise. */
const SYSTEM_PATHS = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]

export const HOW_TO_GET_A_BROWSER =
  'install Chromium (Debian/Ubuntu as root: apt-get update && apt-get install -y chromium fonts-noto-core; or run `make deps` as root), ' +
  'or point PUPPETEER_EXECUTABLE_PATH at a Chrome or Chromium binary'

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** Browsers that `npx puppeteer browsers install chrome` left in puppeteer's cache, newest first. */
function puppeteerCacheCandidates(home: string): string[] {
  const root = path.join(process.env.PUPPETEER_CACHE_DIR ?? path.join(home, '.cache', 'puppeteer'), 'chrome')
  let versions: string[]
  try {
    versions = readdirSync(root).sort().reverse()
  } catch {
    return []
  }
  return versions.flatMap((v) => [
    path.join(root, v, 'chrome-linux64', 'chrome'),
    path.join(root, v, 'chrome-mac-x64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'),
    path.join(root, v, 'chrome-mac-arm64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'),
  ])
}

/**
 * The browser to print with: PUPPETEER_EXECUTABLE_PATH, then the usual system paths, then puppeteer's
 * cache. A set but wrong PUPPETEER_EXECUTABLE_PATH is an error rather than silently ignored.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, candidates: readonly string[] = SYSTEM_PATHS): string {
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv
    throw new CliError(`PUPPETEER_EXECUTABLE_PATH is set to ${fromEnv}, which is not an executable file`, { hint: `correct or unset it, or ${HOW_TO_GET_A_BROWSER}` })
  }
  const found = [...candidates, ...puppeteerCacheCandidates(env.HOME ?? os.homedir())].find(isExecutable)
  if (found) return found
  throw new CliError('No Chrome or Chromium browser was found to print the PDF', { hint: HOW_TO_GET_A_BROWSER })
}

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
]

export interface LaunchedBrowser {
  readonly browser: Browser
  readonly executablePath: string
  close(): Promise<void>
}

/**
 * A browser that runs elsewhere (a Chrome pool, browserless, another machine): connect, and on close
 * only disconnect, for the browser is not ours to stop.
 */
export async function connectBrowser(endpoint: string): Promise<LaunchedBrowser> {
  const { default: puppeteer } = await import('puppeteer-core')
  try {
    const browser = await puppeteer.connect({ browserWSEndpoint: endpoint })
    return { browser, executablePath: endpoint, close: async () => browser.disconnect().catch(() => undefined) }
  } catch (error) {
    throw new CliError(`Could not connect to the browser at ${endpoint}: ${(error as Error).message.split('\n')[0]}`, { hint: 'start it with --remote-debugging-port and pass the ws:// URL it prints (or its /json/version webSocketDebuggerUrl)' })
  }
}

/** One browser with a fresh profile in a temp folder; close() removes both, whatever happened before. */
export async function launchBrowser(executablePath = findBrowser()): Promise<LaunchedBrowser> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'factsheet-chrome-'))
  // Loaded here, not at start-up: `check` and `--help` should not pay for puppeteer.
  const { default: puppeteer } = await import('puppeteer-core')
  let browser: Browser
  try {
    // Signals are ours to handle (lib/interrupt.ts): puppeteer's own handlers would exit before the lock and temp files are cleaned up.
    browser = await puppeteer.launch({ executablePath, headless: true, userDataDir, args: LAUNCH_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false })
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true })
    throw new CliError(`The browser at ${executablePath} did not start: ${(error as Error).message.split('\n')[0]}`, { hint: HOW_TO_GET_A_BROWSER })
  }
  return {
    browser,
    executablePath,
    async close() {
      await browser.close().catch(() => browser.process()?.kill('SIGKILL'))
      // A killed browser's helper processes may still be writing to the profile for a moment.
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 })
    },
  }
}
