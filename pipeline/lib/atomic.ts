import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { writeError } from '../errors.ts'

export interface OutputFile {
  readonly path: string
  readonly data: string | Uint8Array
}

const pending = new Set<string>()

/** Temp files not yet renamed, so a signal handler can remove them. */
export function pendingTempFiles(): string[] {
  return [...pending]
}

/**
 * Writes every file to a temp name in its own folder, then renames them all: a reader sees the old
 * set or the new set, never a half-written file. If any write fails, no output is replaced.
 */
export async function writeAllAtomically(files: readonly OutputFile[]): Promise<void> {
  const staged: { temp: string; final: string }[] = []
  try {
    for (const file of files) {
      await mkdir(path.dirname(file.path), { recursive: true })
      const temp = path.join(path.dirname(file.path), `.${path.basename(file.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
      pending.add(temp)
      staged.push({ temp, final: file.path })
      await writeFile(temp, file.data)
    }
    for (const { temp, final } of staged) {
      await rename(temp, final)
      pending.delete(temp)
    }
  } catch (error) {
    throw writeError(error, path.dirname(files[staged.length - 1]?.path ?? files[0]?.path ?? '.'))
  } finally {
    for (const { temp } of staged) {
      if (pending.delete(temp)) await rm(temp, { force: true })
    }
  }
}
