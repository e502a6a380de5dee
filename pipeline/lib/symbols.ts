import { fromRoman } from './ordinals.ts'

/** UN General Assembly resolution symbols, read in the forms people write and put in one canonical form. */

export type SymbolKind = 'regular' | 'special' | 'emergency' | 'numbered'

export interface ResolutionSymbol {
  /** `A/RES/46/225`, `A/RES/S-26/2`, `A/RES/ES-10/19`, `A/RES/1514(XV)`. */
  readonly canonical: string
  readonly kind: SymbolKind
  /** The regular session the symbol names (46; XV → 15), or null for special and emergency sessions. */
  readonly session: number | null
  /** `S-26` or `ES-10` for special and emergency special sessions. */
  readonly specialSession: string | null
}

export type SymbolReading = { readonly ok: true; readonly symbol: ResolutionSymbol } | { readonly ok: false; readonly reason: 'lookalike' | 'unrecognized' }

/** Cyrillic letters that look like Latin ones: `А/RES/46/225` with a Cyrillic А does not resolve anywhere. */
const LOOKALIKE = /[АВЕКМНОРСТХаеорсух]/u

const PREFIX = /^(?:(?:GA\s+)?resolution|res\.|резолюция)\s+/iu

export function readSymbol(text: string): SymbolReading {
  const cell = text.trim().replace(/\s+/g, ' ').replace(PREFIX, '')
  if (LOOKALIKE.test(cell)) return { ok: false, reason: 'lookalike' }
  const body = cell.replace(/^A\/RES\//i, '')
  let m = /^(\d{1,2})\/(\d{1,4})$/.exec(body)
  if (m && Number(m[1]) >= 1) return ok(`A/RES/${Number(m[1])}/${Number(m[2])}`, 'regular', Number(m[1]), null)
  m = /^(E?S)-(\d{1,2})\/(\d{1,3})$/i.exec(body)
  if (m) {
    const special = `${m[1]!.toUpperCase()}-${Number(m[2])}`
    return ok(`A/RES/${special}/${Number(m[3])}`, special.startsWith('ES') ? 'emergency' : 'special', null, special)
  }
  m = /^(\d{1,4}) ?\(([IVXL]+)\)$/.exec(body)
  const session = m ? fromRoman(m[2]!) : null
  if (m && session !== null) return ok(`A/RES/${Number(m[1])}(${m[2]})`, 'numbered', session, null)
  return { ok: false, reason: 'unrecognized' }
}

function ok(canonical: string, kind: SymbolKind, session: number | null, specialSession: string | null): SymbolReading {
  return { ok: true, symbol: { canonical, kind, session, specialSession } }
}



/** The short form used in running text: `46/225`. */
export function shortSymbol(symbol: string): string {
  return symbol.replace(/^A\/RES\//, '')
}

/** Languages of the UN's official documents that undocs.org serves by a language prefix (English has none). */
const UN_DOCUMENT_LANGUAGES = new Set(['ar', 'zh', 'fr', 'ru', 'es'])
/** Languages without UN documents of their own read the Russian text (Kyrgyz readers read Russian). */
const UN_DOCUMENT_FALLBACK: Readonly<Record<string, string>> = { ky: 'ru' }

/** The public document link for a symbol, in the reader's UN language; encodeURI keeps the slashes the document system expects. */
export function documentUrl(symbol: string, lang = 'en'): string {
  const docLang = UN_DOCUMENT_FALLBACK[lang] ?? lang
  return `https://undocs.org/${UN_DOCUMENT_LANGUAGES.has(docLang) ? `${docLang}/` : ''}${encodeURI(symbol)}`
}
