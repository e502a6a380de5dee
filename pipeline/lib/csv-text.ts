/** Turning the bytes of a table into text, and finding the dialect spreadsheets saved it in. */

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' }
  | { readonly ok: false; readonly line: number; readonly problem: 'nul-bytes' | 'windows-1251' | 'not-utf8' }

const lineOf = (bytes: Uint8Array, offset: number) => bytes.subarray(0, offset).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1)

/** Offset of the first byte that breaks UTF-8, by decoding ever shorter prefixes (only on failure). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0
  let high = bytes.length
  const decoder = new TextDecoder('utf-8', { fatal: true })
  while (high - low > 4) {
    const mid = (low + high) >> 1
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true })
      low = mid
    } catch {
      high = mid
    }
  }
  return low
}

/**
 * UTF-8 (with or without a byte order mark) and UTF-16 with a byte order mark are read. Anything else
 * is refused with what it most likely is: Windows-1251 Cyrillic from an old Excel, or binary data.
 */
export function decodeTable(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' }
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    return { ok: false, line: lineOf(bytes, nul), problem: 'nul-bytes' }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' }
  } catch {
    const offset = firstInvalidUtf8(bytes)
    const high = bytes.filter((b) => b >= 0x80)
    // Windows-1251 Cyrillic text is mostly bytes 0xC0-0xFF (а-я, А-Я), which UTF-8 never has alone.
    const cyrillic = high.length > 0 && high.filter((b) => b >= 0xc0).length / high.length > 0.6
    return { ok: false, line: lineOf(bytes, offset), problem: cyrillic ? 'windows-1251' : 'not-utf8' }
  }
}

/** The delimiter of the header line: a comma, or the semicolon or tab Excel uses in some locales. */
export function sniffDelimiter(text: string): ',' | ';' | '\t' {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''
  const outsideQuotes = header.replace(/"[^"]*"/g, '')
  const count = (c: string) => outsideQuotes.split(c).length - 1
  const candidates = [',', ';', '\t'] as const
  return candidates.reduce((best, c) => (count(c) > count(best) ? c : best), ',' as ',' | ';' | '\t')
}

/** Excel's `="00123"` keeps leading zeros; the value is what is inside the quotes. */
export function unwrapExcelFormula(cell: string): string {
  const m = /^="(.*)"$/s.exec(cell)
  return m ? m[1]!.replace(/""/g, '"') : cell
}
