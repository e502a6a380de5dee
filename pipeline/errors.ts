/** Exit codes are part of the contract with cron jobs and CI (README: "Exit codes"). */
export const EXIT = { ok: 0, dataErrors: 1, usage: 2, interrupted: 130 } as const

/**
 * A problem of use or environment: a bad flag, a missing file, no browser.
 * It carries the exit code and a hint that tells the user how to fix it; it is never shown as a stack trace.
 */
export class CliError extends Error {
  readonly exitCode: number
  readonly hint: string | undefined

  constructor(message: string, options: { hint?: string; exitCode?: number } = {}) {
    super(message)
    this.name = 'CliError'
    this.exitCode = options.exitCode ?? EXIT.usage
    this.hint = options.hint
  }
}
