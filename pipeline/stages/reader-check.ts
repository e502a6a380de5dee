import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { readerTextFindings, readerTextHits, visibleText, type RenderedDocument } from '../lib/reader-text.ts'
import { cellOrigins, jsonOrigins, type TextOrigin } from '../lib/text-origins.ts'
import { catalogsDir, findingCatalogsDir } from '../paths.ts'
import type { RawTable, StatedFinding } from '../types.ts'
import { displayPath } from './read.ts'

/** A JSON file's strings as origins; a file that does not exist has none. */
async function jsonFileOrigins(file: string): Promise<TextOrigin[]> {
  const text = await readFile(file, 'utf8').catch(() => null)
  return text === null ? [] : jsonOrigins(displayPath(file), text)
}

/**
 * The reader-text gate: every rendered document's visible text against the forbidden vocabulary, each
 * hit traced to the cell, catalog message or descriptor text it most likely comes from.
 */
export async function checkReaderText(documents: readonly RenderedDocument[], datasetDir: string, raw: readonly RawTable[]): Promise<StatedFinding[]> {
  // Tracing origins reads the catalogs and scans every cell: only for documents that leak.
  const leaking = documents.filter((d) => readerTextHits(visibleText(d.html)).length > 0)
  if (leaking.length === 0) return []
  const shared = [...cellOrigins(raw), ...(await jsonFileOrigins(path.join(datasetDir, 'datapackage.json')))]
  const byLang = new Map<string, TextOrigin[]>()
  const findings: StatedFinding[] = []
  for (const document of leaking) {
    let origins = byLang.get(document.lang)
    if (!origins) {
      const catalogs = await Promise.all([path.join(catalogsDir, `${document.lang}.json`), path.join(findingCatalogsDir, `${document.lang}.json`)].map(jsonFileOrigins))
      origins = [...shared, ...catalogs.flat()]
      byLang.set(document.lang, origins)
    }
    findings.push(...readerTextFindings(document, origins))
  }
  return findings
}
