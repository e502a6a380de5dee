import { rmSync } from 'node:fs'
import { pendingTempFiles } from './atomic.ts'

type Cleanup = () => Promise<void> | void

const cleanups = new Set<Cleanup>()
let installed = false

const EXIT_BY_SIGNAL = { SIGINT: 130, SIGTERM: 143 } as const

/**
 * On Ctrl-C or SIGTERM: close what is open (the browser), delete temp files, and exit with the
 * conventional code, so an interrupted build leaves the previous outputs as they were.
 */
export function onInterrupt(cleanup: Cleanup): () => void {
  if (!installed) {
    installed = true
    for (const [signal, code] of Object.entries(EXIT_BY_SIGNAL)) {
      process.once(signal, () => {
        process.stderr.write(`\nfactsheet: ${signal} received, cleaning up; previous outputs are unchanged\n`)
        const running = [...cleanups].map(async (fn) => fn())
        void Promise.allSettled(running).finally(() => {
          for (const temp of pendingTempFiles()) rmSync(temp, { force: true })
          process.exit(code)
        })
      })
    }
  }
  cleanups.add(cleanup)
  return () => cleanups.delete(cleanup)
}
