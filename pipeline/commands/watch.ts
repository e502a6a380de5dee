import { watch, type FSWatcher } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer, type ServerResponse } from 'node:http'
import path from 'node:path'
import { EXIT } from '../errors.ts'
import { scriptHash } from '../lib/html.ts'
import type { Logger } from '../log.ts'
import { defaultReferenceDir } from '../reference.ts'
import { readDescriptor } from '../stages/read.ts'
import { templatesDir } from '../stages/render.ts'
import { buildCommand, type BuildOptions } from './build.ts'

export interface WatchOptions extends BuildOptions {
  readonly port: number
}

/** Reloads the page when the server says a rebuild finished. */
const RELOAD_SCRIPT = "new EventSource('/events').addEventListener('reload', () => location.reload())"

/**
 * The served page may also run the reload script and talk to this server; the documents written to
 * out/ keep their strict policy.
 */
function withLiveReload(html: string): string {
  return html
    .replace(/(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src )/, `$1${scriptHash(RELOAD_SCRIPT).replace(/'/g, '&#x27;')} `)
    .replace(/(<meta http-equiv="Content-Security-Policy" content="[^"]*default-src &#x27;none&#x27;)/, "$1; connect-src &#x27;self&#x27;")
    .replace('</body>', `<script>${RELOAD_SCRIPT}</script>\n</body>`)
}

/** `factsheet watch`: build, serve the HTML on localhost, rebuild on every change and reload the page. */
export async function watchCommand(options: WatchOptions, log: Logger): Promise<number> {
  const dataset = options.datasets[0] ?? 'sources/kyrgyzstan'
  const { pkg } = await readDescriptor(dataset)
  const outDir = path.join(options.out, pkg.name)
  const clients = new Set<ServerResponse>()
  const build = async () => {
    const result = await buildCommand({ ...options, datasets: [dataset], all: false, shard: null }, log).catch((error: Error) => {
      log.error(error.message)
      return { exitCode: EXIT.usage, outputs: [] }
    })
    if (result.outputs.length > 0) for (const client of clients) client.write('event: reload\ndata: {}\n\n')
  }
  await build()

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (url.pathname === '/events') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' })
      response.write(': connected\n\n')
      clients.add(response)
      request.on('close', () => clients.delete(response))
      return
    }
    const lang = url.pathname.split('/').filter(Boolean)[0] ?? options.langs?.[0] ?? pkg.languages[0] ?? 'en'
    const html = await readFile(path.join(outDir, path.basename(lang), 'factsheet.html'), 'utf8').catch(() => null)
    if (!html) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`No fact sheet in "${lang}" yet: languages are ${pkg.languages.join(', ')}\n`)
      return
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(withLiveReload(html))
  })
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  log.step(`serving http://127.0.0.1:${port}/ (${pkg.languages.map((l) => `/${l}/`).join(' ')}); watching for changes, Ctrl-C to stop`)

  let timer: NodeJS.Timeout | null = null
  let running: Promise<void> = Promise.resolve()
  const changed = (file: string | null) => {
    if (file?.startsWith('.') || file?.endsWith('.tmp')) return
    if (timer) clearTimeout(timer)
    // Editors save in bursts (temp file, rename, touch): wait for the burst to end, then build once.
    timer = setTimeout(() => {
      log.step(`change in ${file ?? 'sources'}: rebuilding`)
      running = running.then(build)
    }, 200)
  }
  const watchers: FSWatcher[] = [dataset, defaultReferenceDir, templatesDir].map((dir) => watch(dir, { recursive: true }, (_event, file) => changed(file ? String(file) : null)))
  return new Promise<number>((resolve) => {
    const stop = () => {
      for (const w of watchers) w.close()
      for (const client of clients) client.end()
      server.close(() => resolve(EXIT.ok))
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
}
