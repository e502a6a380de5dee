import { readFileSync } from 'node:fs'
import { minimist } from 'zx'
import type { Format } from './commands/build.ts'
import { CliError, EXIT } from './errors.ts'
import { findBrowser } from './lib/browser.ts'
import { consoleLogger } from './log.ts'

const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version

interface CommandSpec {
  readonly usage: string
  readonly strings: readonly string[]
  readonly booleans: readonly string[]
  readonly defaults: Readonly<Record<string, string | boolean>>
}

const HELP_MAIN = `factsheet ${VERSION}: checked CSV tables about a country and the UN → fact sheets (HTML, PDF)

Usage: factsheet <command> [options]

Commands:
  build     check the dataset, then write out/<dataset>/<lang>/factsheet.{html,pdf}
  check     check the dataset's tables and report every finding
  browser   print the browser used for PDFs (exit 2 with how to get one if none is found)

Options:
  --help     help for a command: factsheet build --help
  --version  print the version

Exit codes: 0 success, 1 data errors, 2 usage or environment errors (bad flag, unreadable file, no browser).
`

const COMMANDS: Record<string, CommandSpec> = {
  build: {
    usage: `Usage: factsheet build [options]

  --dataset DIR        dataset folder with datapackage.json and its CSV tables (default: sources/kyrgyzstan)
  --out DIR            output folder (default: out); files go to DIR/<dataset>/<lang>/
  --lang LIST          languages to build, comma-separated: en, ru, ky (default: every language the dataset declares)
  --format LIST        html, pdf or html,pdf (default: html,pdf)
  --as-of YYYY-MM-DD   the date "current" refers to (default: the dataset's asOf, else today)
  --paper SIZE         a4 or letter (default: a4)
  --quiet              print only errors

The build runs the checks first. With errors it writes only out/<dataset>/validation.json, leaves
earlier documents unchanged and exits 1. Outputs are replaced all at once, never half-written.
`,
    strings: ['dataset', 'out', 'lang', 'format', 'as-of', 'paper'],
    booleans: ['quiet', 'help'],
    defaults: { dataset: 'sources/kyrgyzstan', out: 'out', format: 'html,pdf', paper: 'a4' },
  },
  check: {
    usage: `Usage: factsheet check [options]

  --dataset DIR        dataset folder with datapackage.json (default: sources/kyrgyzstan)
  --format FORMAT      text (file:line:column: severity rule: message (hint)) or json (default: text)
  --as-of YYYY-MM-DD   the date "current" refers to (default: the dataset's asOf, else today)
  --strict             warnings fail the check too

Exit codes: 0 no errors, 1 errors (or warnings with --strict), 2 usage or unreadable files.
`,
    strings: ['dataset', 'format', 'as-of'],
    booleans: ['strict', 'help'],
    defaults: { dataset: 'sources/kyrgyzstan', format: 'text' },
  },
  browser: {
    usage: `Usage: factsheet browser

Prints the path of the browser the PDF printer will use. It looks at PUPPETEER_EXECUTABLE_PATH, then the
usual system paths (chromium, chromium-browser, google-chrome, macOS Chrome), then puppeteer's cache.
`,
    strings: [],
    booleans: ['help'],
    defaults: {},
  },
}

function parseFlags(spec: CommandSpec, args: readonly string[]): Record<string, unknown> {
  const unknown: string[] = []
  const flags = minimist([...args], {
    string: [...spec.strings],
    boolean: [...spec.booleans],
    default: { ...spec.defaults },
    unknown: (arg: string) => {
      unknown.push(arg)
      return false
    },
  })
  if (unknown.length > 0) {
    throw new CliError(`unknown ${unknown[0]?.startsWith('-') ? 'option' : 'argument'} ${unknown.join(' ')}`, { hint: `see the options: factsheet ${spec.usage.split(' ')[2] ?? ''} --help` })
  }
  for (const name of spec.strings) {
    if (flags[name] === '') throw new CliError(`--${name} needs a value`, { hint: 'see --help' })
  }
  return flags
}

function listOf(text: string, allowed: readonly string[], flag: string): string[] {
  const items = text.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)
  const bad = items.filter((item) => !allowed.includes(item))
  if (items.length === 0 || bad.length > 0) throw new CliError(`--${flag} ${text}: ${bad.length ? `unknown value ${bad.join(', ')}` : 'no value given'}`, { hint: `use one or more of ${allowed.join(', ')}, separated by commas` })
  return items
}

function oneOf<T extends string>(text: string, allowed: readonly T[], flag: string): T {
  const value = text.toLowerCase() as T
  if (!allowed.includes(value)) throw new CliError(`--${flag} ${text} is not one of ${allowed.join(', ')}`, { hint: `write --${flag} ${allowed[0]}` })
  return value
}

async function run(args: readonly string[]): Promise<number> {
  const [command, ...rest] = args
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP_MAIN)
    return command === undefined ? EXIT.usage : EXIT.ok
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${VERSION}\n`)
    return EXIT.ok
  }
  const spec = COMMANDS[command]
  if (!spec) throw new CliError(`unknown command "${command}"`, { hint: 'the commands are build, check and browser; see factsheet --help' })
  const flags = parseFlags(spec, rest)
  if (flags.help) {
    process.stdout.write(spec.usage)
    return EXIT.ok
  }
  const asOf = typeof flags['as-of'] === 'string' ? flags['as-of'] : undefined
  if (command === 'check') {
    const { checkCommand } = await import('./commands/check.ts')
    return checkCommand({ dataset: String(flags.dataset), format: oneOf(String(flags.format), ['text', 'json'] as const, 'format'), asOf, strict: Boolean(flags.strict) })
  }
  if (command === 'browser') {
    process.stdout.write(`${findBrowser()}\n`)
    return EXIT.ok
  }
  const { buildCommand } = await import('./commands/build.ts')
  const result = await buildCommand(
    {
      dataset: String(flags.dataset),
      out: String(flags.out),
      langs: typeof flags.lang === 'string' ? String(flags.lang).split(',').map((l) => l.trim()).filter(Boolean) : null,
      formats: new Set(listOf(String(flags.format), ['html', 'pdf'], 'format') as Format[]),
      asOf,
      paper: oneOf(String(flags.paper), ['a4', 'letter'] as const, 'paper') === 'letter' ? 'Letter' : 'A4',
    },
    consoleLogger({ quiet: Boolean(flags.quiet) }),
  )
  return result.exitCode
}

/** Entry point: maps every outcome to an exit code; a stack trace only for bugs (or with DEBUG=1). */
export async function main(args: readonly string[]): Promise<number> {
  try {
    return await run(args)
  } catch (error) {
    const log = consoleLogger()
    if (error instanceof CliError) {
      log.error(error.message, error.hint)
      return error.exitCode
    }
    log.error(`internal error: ${(error as Error).message}`, 'this is a bug in factsheet; please report it with the command you ran')
    if (process.env.DEBUG) process.stderr.write(`${(error as Error).stack}\n`)
    return EXIT.usage
  }
}
