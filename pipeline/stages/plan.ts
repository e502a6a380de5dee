import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { fingerprint, hashTree, sha256, type FileHash } from '../lib/hash.ts'
import { defaultReferenceDir } from '../reference.ts'
import { catalogsDir, projectRoot, templatesDir } from '../paths.ts'

/** Plan stage: which documents a build must make, and which are already up to date with their inputs. */

export type Format = 'html' | 'pdf'
export type DocumentKind = 'factsheet' | 'briefing-pack'
export const DOCUMENTS: readonly DocumentKind[] = ['factsheet', 'briefing-pack']

export interface DocumentJob {
  readonly lang: string
  readonly document: DocumentKind
  readonly format: Format
  /** Where the document goes. */
  readonly path: string
  /** Hash of everything that makes this document: tables, references, templates, catalog, code, options. */
  readonly fingerprint: string
}

export interface ManifestOutput {
  readonly path: string
  readonly document: DocumentKind
  readonly lang: string
  readonly format: Format
  readonly sha256: string
  readonly bytes: number
  readonly pages: number | null
  readonly fingerprint: string
}

export interface Manifest {
  readonly dataset: string
  readonly asOf: string
  readonly tool: { readonly name: string; readonly version: string; readonly node: string }
  readonly browser: { readonly path: string; readonly version: string } | null
  readonly options: Readonly<Record<string, unknown>>
  readonly inputs: readonly FileHash[]
  readonly check: Readonly<Record<string, unknown>>
  readonly outputs: readonly ManifestOutput[]
  readonly timingsMs: Readonly<Record<string, number>>
}


let codeHash: Promise<string> | null = null

/** The code that makes documents: the pipeline's sources and the locked dependency versions. */
function codeVersion(): Promise<string> {
  codeHash ??= Promise.all([
    hashTree(path.join(projectRoot, 'pipeline'), projectRoot),
    readFile(path.join(projectRoot, 'package-lock.json')).then(sha256),
  ]).then((parts) => fingerprint(parts))
  return codeHash
}

/** A browser binary (its size and time stand for its version), or a running Chrome's version string. */
export type BrowserIdentity = { readonly path: string } | { readonly version: string }

export interface PlanInput {
  readonly datasetDir: string
  readonly outDir: string
  readonly langs: readonly string[]
  readonly formats: ReadonlySet<Format>
  readonly asOf: string
  readonly paper: string
  /** The browser: a new Chromium prints different bytes, so the PDFs depend on it. */
  readonly browser: BrowserIdentity | null
  readonly referenceDir?: string
}

export interface Plan {
  readonly inputs: readonly FileHash[]
  readonly jobs: readonly DocumentJob[]
  readonly upToDate: readonly DocumentJob[]
  readonly toBuild: readonly DocumentJob[]
}

export async function readManifest(outDir: string): Promise<Manifest | null> {
  try {
    return JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8')) as Manifest
  } catch {
    return null
  }
}

async function unchanged(output: ManifestOutput | undefined, job: DocumentJob): Promise<boolean> {
  if (!output || output.fingerprint !== job.fingerprint) return false
  const bytes = await readFile(job.path).catch(() => null)
  return bytes !== null && sha256(bytes) === output.sha256
}

async function browserState(browser: BrowserIdentity | null) {
  if (browser === null || !('path' in browser)) return browser
  const { size, mtimeMs } = await stat(browser.path)
  return { path: browser.path, size, mtime: mtimeMs }
}

export async function planBuild(input: PlanInput, force: boolean): Promise<Plan> {
  const referenceDir = input.referenceDir ?? defaultReferenceDir
  const [dataset, reference, templates, code, browser] = await Promise.all([
    hashTree(input.datasetDir, process.cwd()),
    hashTree(referenceDir, process.cwd()),
    hashTree(templatesDir, projectRoot, (file) => !file.startsWith(catalogsDir)),
    codeVersion(),
    browserState(input.browser),
  ])
  const shared = { dataset, reference, templates, code, asOf: input.asOf, paper: input.paper, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH ?? null }
  const jobs: DocumentJob[] = []
  for (const lang of input.langs) {
    const catalog = await hashTree(catalogsDir, projectRoot, (file) => path.basename(file) === `${lang}.json`)
    for (const document of DOCUMENTS) {
      for (const format of (['html', 'pdf'] as const).filter((f) => input.formats.has(f))) {
        const identity = { ...shared, catalog, lang, document, format, browser: format === 'pdf' ? browser : null }
        jobs.push({ lang, document, format, path: path.join(input.outDir, lang, `${document}.${format}`), fingerprint: fingerprint(identity) })
      }
    }
  }
  const previous = force ? null : await readManifest(input.outDir)
  const fresh = await Promise.all(jobs.map((job) => unchanged(previous?.outputs.find((o) => o.path === job.path), job)))
  return {
    inputs: [...dataset, ...reference, ...templates],
    jobs,
    upToDate: jobs.filter((_, i) => fresh[i]),
    toBuild: jobs.filter((_, i) => !fresh[i]),
  }
}
