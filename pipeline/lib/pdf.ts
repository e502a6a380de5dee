/**
 * Chromium stamps /CreationDate and /ModDate with the wall clock; they are the only bytes that differ
 * between two prints of the same HTML. Overwriting them in place with a date of the same length keeps
 * every xref offset valid, so the file needs no rewrite.
 */
export function fixPdfDates(pdf: Uint8Array, date: Date): Uint8Array {
  const pad = (n: number) => String(n).padStart(2, '0')
  const stamp = `D:${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`
  const text = Buffer.from(pdf).toString('latin1')
  const fixed = text.replace(/\/(CreationDate|ModDate) \(D:\d{14}([^)]*)\)/g, (_whole, key: string, zone: string) => {
    const utc = zone.length === 7 ? "+00'00'" : zone
    return `/${key} (${stamp}${utc})`
  })
  return Buffer.from(fixed, 'latin1')
}
