/** UN General Assembly resolution symbols in their canonical form, `A/RES/46/225`. */

const GA_RESOLUTION = /^A\/RES\/(\d{1,2})\/(\d{1,4})$/

export function isCanonicalSymbol(symbol: string): boolean {
  return GA_RESOLUTION.test(symbol)
}

/** The session a regular-session symbol names (`A/RES/46/225` → 46), or null. */
export function sessionOfSymbol(symbol: string): number | null {
  const match = GA_RESOLUTION.exec(symbol)
  return match ? Number(match[1]) : null
}

/** The short form used in running text: `46/225`. */
export function shortSymbol(symbol: string): string {
  return symbol.replace(/^A\/RES\//, '')
}

/** The public document link for a symbol; encodeURI keeps the slashes the document system expects. */
export function documentUrl(symbol: string): string {
  return `https://undocs.org/${encodeURI(symbol)}`
}
