import { cp, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { defaultDataset, tempDir } from './fixtures.ts'

/** A copy of the default dataset in a temp folder, to edit without touching `sources/`. */
export async function copyOfDefaultDataset(): Promise<string> {
  const dir = path.join(await tempDir(), 'kyrgyzstan')
  await cp(defaultDataset, dir, { recursive: true })
  return dir
}

/** Replaces the first occurrence of `from` in one table of a dataset copy. */
export async function editTable(dir: string, file: string, from: string, to: string): Promise<void> {
  const target = path.join(dir, file)
  const text = await readFile(target, 'utf8')
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`)
  await writeFile(target, text.replace(from, to))
}
