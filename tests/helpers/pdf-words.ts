import { execFileSync } from 'node:child_process'

/** Noto Sans: ascent 1.069 + descent 0.293 em, so a word box's height / 1.362 is its type size. */
const EM = 1.362

export interface PrintedWord {
  readonly page: number
  readonly text: string
  /** Type size in points, from the word's box as poppler sees it. */
  readonly pt: number
}

/** Every word of a PDF with its page and printed size, from `pdftotext -bbox`. */
export function printedWords(file: string): PrintedWord[] {
  const xml = execFileSync('pdftotext', ['-q', '-bbox', file, '-'], { encoding: 'utf8' })
  return [...xml.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)].flatMap((page, n) =>
    [...page[1]!.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({ page: n + 1, text: w[3]!, pt: (Number(w[2]) - Number(w[1])) / EM })),
  )
}
