import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')

export interface FileHash {
  /** Relative to the project root or the folder given, with forward slashes, so manifests read the same everywhere. */
  readonly path: string
  readonly sha256: string
}

/** Every file under `dir` (recursively, sorted, dot-files skipped) with its SHA-256. */
export async function hashTree(dir: string, relativeTo: string, filter: (file: string) => boolean = () => true): Promise<FileHash[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  const files = entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter(filter)
    .sort()
  return Promise.all(files.map(async (file) => ({ path: path.relative(relativeTo, file).split(path.sep).join('/'), sha256: sha256(await readFile(file)) })))
}

/** One hash for a set of inputs and options: the identity of what a build would produce from them. */
export function fingerprint(parts: unknown): string {
  return sha256(JSON.stringify(parts))
}
