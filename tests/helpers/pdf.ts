import { execFileSync } from 'node:child_process'

/** Poppler's view of a PDF: what a reader's tools see, not what our code thinks it wrote. */
export function pdfInfo(file: string): Record<string, string> {
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  return Object.fromEntries(text.split('\n').filter(Boolean).map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]))
}

/** The PDF's text with runs of white space made single spaces, so phrases broken over lines still match. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
}

export interface PdfFont {
  readonly name: string
  readonly embedded: boolean
}

export function pdfFonts(file: string): PdfFont[] {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const cols = line.trim().split(/\s+/)
      return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' }
    })
}

export function pdfImageCount(file: string): number {
  return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => /\bimage\b/.test(l)).length
}
