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
  watch     build, serve the HTML on localhost and rebuild on every change (live reload)
  votes     a voting-record sheet for every country in the UN General Assembly votes corpus
  browser   print the browser used for PDFs (exit 2 with how to get one if none is found)

Options:
  --help     help for a command: factsheet build --help
  --version  print the version

Exit codes: 0 success, 1 data errors, 2 usage or environment errors (bad flag, unreadable file, no browser).
`

const COMMANDS: Record<string, CommandSpec> = {
  build: {
    usage: `Usage: factsheet build [options]

  --dataset DIR        dataset folder with datapackage.json and its CSV tables (default: sources/kyrgyzstan);
                       repeat it to build several datasets in one run
  --all                build every dataset folder in sources/ (the reference tables excepted)
  --shard K/N          build only the K-th of N shares of the datasets (for a CI matrix)
  --force              rebuild every document, even those up to date
  --timeout SECONDS    stop printing a document that takes longer (default: 60)
  --out DIR            output folder (default: out); files go to DIR/<dataset>/<lang>/
  --lang LIST          languages to build, comma-separated: en, ru, ky (default: every language the dataset declares)
  --format LIST        html, pdf or html,pdf (default: html,pdf)
  --as-of YYYY-MM-DD   the date "current" refers to (default: the dataset's asOf, else today)
  --paper SIZE         a4 or letter (default: a4)
  --browser-endpoint URL  print with a running Chrome (ws://…) instead of launching one
  --quiet              print only errors
  --verbose            also print the time each stage took

A document is rebuilt only when something it is made from changed (tables, reference tables,
templates, its language's catalog, the code, the options, the browser); out/<dataset>/manifest.json
records what made each output. The build runs the checks first: with errors it writes only
out/<dataset>/validation.json, leaves earlier documents unchanged and exits 1. Outputs are replaced
all at once, never half-written; a second build of the same output folder stops (lock).
`,
    strings: ['dataset', 'out', 'lang', 'format', 'as-of', 'paper', 'shard', 'timeout', 'browser-endpoint'],
    booleans: ['quiet', 'verbose', 'help', 'all', 'force'],
    defaults: { out: 'out', format: 'html,pdf', paper: 'a4' },
  },
  check: {
    usage: `Usage: factsheet check [options]

  --dataset DIR        dataset folder with datapackage.json (default: sources/kyrgyzstan)
  --format FORMAT      text (file:line:column: severity rule: message (hint)) or json (default: text)
  --as-of YYYY-MM-DD   the date "current" refers to (default: the dataset's asOf, else today)
  --strict             warnings fail the check too
  --rules              list the rules instead (id, severity, what each checks); --format markdown for the README

Exit codes: 0 no errors, 1 errors (or warnings with --strict), 2 usage or unreadable files.
`,
    strings: ['dataset', 'format', 'as-of'],
    booleans: ['strict', 'help', 'rules'],
    defaults: { dataset: 'sources/kyrgyzstan', format: 'text' },
  },
  watch: {
    usage: `Usage: factsheet watch [options]

  --dataset DIR        dataset folder (default: sources/kyrgyzstan)
  --port N             port on 127.0.0.1 to serve on (default: 8080; 0 picks a free one)
  --lang LIST          languages to build (default: every language the dataset declares)
  --format LIST        html (default) or html,pdf
  --out DIR            output folder (default: out)

Builds, then serves http://127.0.0.1:PORT/<lang>/ and rebuilds whenever a table, a reference table,
a template or a catalog changes; the open page reloads itself. Errors in the data are printed and
the last good document stays on screen. Ctrl-C stops.
`,
    strings: ['dataset', 'port', 'lang', 'format', 'out', 'as-of', 'paper'],
    booleans: ['help', 'quiet', 'verbose'],
    defaults: { out: 'out', format: 'html', paper: 'a4', port: '8080' },
  },
  votes: {
    usage: `Usage: factsheet votes [options]

  --corpus DIR          the votes corpus: roll_calls.csv, unvotes.csv, issues.csv
                        (default: ../shared/corpus/unga-votes/tidytuesday-2021-03-23)
  --countries LIST      country codes, comma-separated, e.g. KG,KZ (default: every country)
  --out DIR             output folder (default: out); sheets go to DIR/votes/<code>/voting.pdf
  --format LIST         html, pdf or html,pdf (default: pdf)
  --pages N             pages printing side by side (default: 2, for two cores)
  --recycle N           start a fresh browser after N sheets (default: 100)
  --browser-endpoint URL  print with a running Chrome (ws://…) instead of launching one
  --tables DIR          instead of sheets, write one country's voting record as tables of the
                        dataset in DIR (votes_summary, votes_by_issue, votes_agreement,
                        votes_divisive .csv); translations already in them are kept

Streams the 870,000 votes once and prints with one browser and a pool of reused pages.
`,
    strings: ['corpus', 'countries', 'out', 'format', 'pages', 'recycle', 'browser-endpoint', 'tables'],
    booleans: ['help', 'quiet', 'verbose'],
    defaults: { corpus: '../shared/corpus/unga-votes/tidytuesday-2021-03-23', out: 'out', format: 'pdf', pages: '2', recycle: '100' },
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
    if (flags[name] === '' || (Array.isArray(flags[name]) && (flags[name] as string[]).includes(''))) throw new CliError(`--${name} needs a value`, { hint: 'see --help' })
    // Only --dataset may be given more than once; for the others the last one counts.
    if (Array.isArray(flags[name]) && name !== 'dataset') flags[name] = (flags[name] as string[]).at(-1)
  }
  return flags
}

function listOf(text: string, allowed: readonly string[], flag: string): string[] {
  const items = text.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)
  const bad = items.filter((item) => !allowed.includes(item))
  if (items.length === 0 || bad.length > 0) throw new CliError(`--${flag} ${text}: ${bad.length ? `unknown value ${bad.join(', ')}` : 'no value given'}`, { hint: `use one or more of ${allowed.join(', ')}, separated by commas` })
  return items
}

/** The options every command that makes documents shares: where, which languages and formats, as of when, on what paper. */
function documentOptions(flags: Record<string, unknown>) {
  return {
    out: String(flags.out),
    langs: typeof flags.lang === 'string' ? flags.lang.split(',').map((l) => l.trim()).filter(Boolean) : null,
    formats: new Set(listOf(String(flags.format), ['html', 'pdf'], 'format') as Format[]),
    asOf: typeof flags['as-of'] === 'string' ? flags['as-of'] : undefined,
    paper: oneOf(String(flags.paper), ['a4', 'letter'] as const, 'paper') === 'letter' ? ('Letter' as const) : ('A4' as const),
  }
}

function browserEndpoint(flags: Record<string, unknown>): string | null {
  const endpoint = typeof flags['browser-endpoint'] === 'string' ? flags['browser-endpoint'] : null
  if (endpoint !== null && !/^wss?:\/\//.test(endpoint)) throw new CliError(`--browser-endpoint ${endpoint} is not a ws:// URL`, { hint: 'pass the webSocketDebuggerUrl of a Chrome started with --remote-debugging-port' })
  return endpoint
}

function parseSeconds(text: string): number {
  const seconds = Number(text)
  if (!Number.isFinite(seconds) || seconds <= 0) throw new CliError(`--timeout ${text} is not a number of seconds`, { hint: 'write e.g. --timeout 120' })
  return seconds * 1000
}

function parseShard(text: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text)
  const [index, count] = m ? [Number(m[1]), Number(m[2])] : [0, 0]
  if (!m || count < 1 || index < 1 || index > count) throw new CliError(`--shard ${text} is not K/N with 1 ≤ K ≤ N`, { hint: 'for a matrix of 4 jobs use --shard 1/4 … --shard 4/4' })
  return { index, count }
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
    const { checkCommand, listRules } = await import('./commands/check.ts')
    if (flags.rules) return listRules(oneOf(String(flags.format), ['text', 'json', 'markdown'] as const, 'format'))
    return checkCommand({ dataset: String([flags.dataset].flat().at(-1)), format: oneOf(String(flags.format), ['text', 'json'] as const, 'format'), asOf, strict: Boolean(flags.strict) })
  }
  if (command === 'browser') {
    process.stdout.write(`${findBrowser()}\n`)
    return EXIT.ok
  }
  const { buildCommand } = await import('./commands/build.ts')
  if (command === 'watch') {
    const port = Number(flags.port)
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port ${String(flags.port)} is not a port number`, { hint: 'use a number from 1024 to 65535, or 0 for any free port' })
    const { watchCommand } = await import('./commands/watch.ts')
    return watchCommand(
      { ...documentOptions(flags), datasets: [flags.dataset ?? 'sources/kyrgyzstan'].flat().map(String), all: false, sourcesDir: 'sources', shard: null, force: false, port },
      consoleLogger({ quiet: Boolean(flags.quiet), verbose: Boolean(flags.verbose) }),
    )
  }
  if (command === 'votes') {
    const count = (name: string, text: unknown) => {
      const n = Number(text)
      if (!Number.isInteger(n) || n < 1) throw new CliError(`--${name} ${String(text)} is not a positive whole number`, { hint: `write e.g. --${name} 2` })
      return n
    }
    const endpoint = browserEndpoint(flags)
    const { votesCommand } = await import('./commands/votes.ts')
    const result = await votesCommand(
      {
        corpus: String(flags.corpus),
        out: String(flags.out),
        formats: new Set(listOf(String(flags.format), ['html', 'pdf'], 'format') as Format[]),
        countries: typeof flags.countries === 'string' ? flags.countries.split(',').map((c) => c.trim()).filter(Boolean) : [],
        pages: count('pages', flags.pages),
        recycleAfter: count('recycle', flags.recycle),
        browserEndpoint: endpoint,
        tables: typeof flags.tables === 'string' ? flags.tables : null,
      },
      consoleLogger({ quiet: Boolean(flags.quiet), verbose: Boolean(flags.verbose) }),
    )
    return result.exitCode
  }
  const datasets = [flags.dataset ?? []].flat().map(String)
  if (flags.all && datasets.length > 0) throw new CliError('--all and --dataset exclude each other', { hint: 'give either --all or one or more --dataset DIR' })
  const result = await buildCommand(
    {
      datasets: datasets.length > 0 ? datasets : ['sources/kyrgyzstan'],
      all: Boolean(flags.all),
      sourcesDir: 'sources',
      shard: typeof flags.shard === 'string' ? parseShard(flags.shard) : null,
      force: Boolean(flags.force),
      timeoutMs: typeof flags.timeout === 'string' ? parseSeconds(flags.timeout) : undefined,
      browserEndpoint: browserEndpoint(flags),
      ...documentOptions(flags),
    },
    consoleLogger({ quiet: Boolean(flags.quiet), verbose: Boolean(flags.verbose) }),
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
