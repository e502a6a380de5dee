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

const FILE_SYSTEM: Readonly<Record<string, { readonly reason: string; readonly hint: string }>> = {
  EACCES: { reason: 'permission denied', hint: 'give this user write access to the folder, or choose another with --out' },
  EPERM: { reason: 'operation not permitted', hint: 'give this user write access to the folder, or choose another with --out' },
  EROFS: { reason: 'the file system is read-only', hint: 'choose a writable output folder with --out' },
  ENOSPC: { reason: 'the disk is full', hint: 'free some space, or choose an output folder on another disk with --out' },
  EDQUOT: { reason: 'the disk quota is used up', hint: 'free some space, or choose an output folder on another disk with --out' },
  ENOTDIR: { reason: 'a file stands where a folder should be', hint: 'remove or rename that file, or choose another output folder with --out' },
}

/** An output that cannot be written is an environment error (exit 2), said in words, not as errno. */
export function writeError(error: unknown, target: string): unknown {
  const known = FILE_SYSTEM[(error as NodeJS.ErrnoException)?.code ?? '']
  if (!known) return error
  return new CliError(`Cannot write ${target}: ${known.reason}. Nothing was replaced; earlier outputs are as they were`, { hint: known.hint })
}
