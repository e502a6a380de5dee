import { chalk, spinner } from 'zx'

/** Progress goes to stderr so stdout stays clean for reports (`check --format json | jq`). */
export interface Logger {
  step(message: string): void
  /** Details for --verbose: timings per stage. */
  verbose(message: string): void
  warn(message: string): void
  error(message: string, hint?: string): void
  /** Runs a long step; on a terminal a spinner shows it is alive, in logs nothing is added. */
  progress<T>(title: string, step: () => Promise<T>): Promise<T>
}

export function consoleLogger(options: { quiet?: boolean; verbose?: boolean } = {}): Logger {
  const color = !process.env.NO_COLOR && process.stderr.isTTY
  const paint = (fn: (s: string) => string, text: string) => (color ? fn(text) : text)
  return {
    step: (message) => {
      if (!options.quiet) process.stderr.write(`${paint(chalk.dim, 'factsheet:')} ${message}\n`)
    },
    verbose: (message) => {
      if (options.verbose) process.stderr.write(`${paint(chalk.dim, 'factsheet:')} ${message}\n`)
    },
    warn: (message) => process.stderr.write(`${paint(chalk.yellow, 'warning:')} ${message}\n`),
    error: (message, hint) => process.stderr.write(`${paint(chalk.red, 'error:')} ${message}\n${hint ? `  hint: ${hint}\n` : ''}`),
    progress: <T>(title: string, step: () => Promise<T>): Promise<T> => (process.stderr.isTTY && !options.quiet ? (spinner(title, step) as Promise<T>) : step()),
  }
}
