/**
 * Typography per language, applied where text reaches the page: no-break spaces that keep a number with
 * its unit or word, en dashes in ranges, the language's quotation marks, one hyphen form after numbers,
 * and a capital after a full stop where two texts were joined into one sentence. Text in, text out: the
 * result never holds markup, so it is escaped like any other text (see `typesetHtml` for whole pages).
 */

const NBSP = '\u00A0'
/** The hyphen of "2026‑жылдын" and "57‑й": Kyrgyz and Russian dates use it everywhere, never an ASCII "-". */
const NB_HYPHEN = '\u2011'

/** Outer and inner quotation marks, open and close. */
const QUOTES: Readonly<Record<string, readonly [string, string, string, string]>> = {
  en: ['“', '”', '‘', '’'],
  ru: ['«', '»', '„', '“'],
  ky: ['«', '»', '„', '“'],
}

/** Words that end in a full stop without ending a sentence ("etc. and", "тыс. человек"). */
const ABBREVIATIONS = new Set(['etc', 'incl', 'approx', 'resp', 'vol', 'fig', 'art', 'para', 'paras', 'ibid', 'тыс', 'млн', 'млрд', 'англ', 'прим', 'стр', 'руб', 'долл', 'рис', 'табл', 'напр'])

/** Where a quotation mark opens: at the start, after a space, a bracket, a dash or another opening mark. */
const OPENS_AFTER = /[\s([{«„“‘—–\-/\u00A0]/u

/** The state of quotation marks across the pieces of one paragraph (the text nodes of an HTML block). */
export interface QuoteState {
  /** The quotations open at this point, innermost last: opened by a double mark or by a straight single one. */
  open: ('double' | 'single')[]
  /** The last character before the piece being set, so a mark at a piece's start reads its context. */
  previous: string
}

export const freshQuotes = (): QuoteState => ({ open: [], previous: ' ' })

/**
 * Quotation marks by nesting, whatever the data typed: the outer pair is “…” (English) or «…» (Russian,
 * Kyrgyz), the inner one ‘…’ or „…“. A straight single quote pair quotes too ('On cooperation' → “On
 * cooperation”); a single quote inside a word, or one that closes nothing, is an apostrophe (’).
 */
function quotes(text: string, lang: string, state: QuoteState): string {
  const marks = QUOTES[lang] ?? QUOTES.en!
  const english = marks === QUOTES.en
  const opening = () => (state.open.length === 0 ? marks[0] : marks[2])
  const closing = () => {
    const mark = state.open.length <= 1 ? marks[1] : marks[3]
    state.open.pop()
    return mark
  }
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    const before = i === 0 ? state.previous : text[i - 1]!
    // At the end of a piece the next character is in the next piece (after a tag): a mark there opens by what precedes it.
    const after = text[i + 1] ?? 'x'
    const leftFlanking = OPENS_AFTER.test(before) && !/\s/u.test(after)
    if (c === "'") {
      const inWord = /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '')
      if (!inWord && leftFlanking) {
        out += opening()
        state.open.push('single')
      } else out += !inWord && state.open.at(-1) === 'single' ? closing() : '’'
      continue
    }
    const isMark = english ? c === '"' : '"«»„“”'.includes(c)
    if (!isMark) {
      out += c
      continue
    }
    const open = c === '«' || c === '„' ? true : c === '»' ? false : c === '“' && state.open.length > 0 && !OPENS_AFTER.test(before) ? false : leftFlanking
    if (open) {
      out += opening()
      state.open.push('double')
    } else out += closing()
  }
  if (text.length > 0) state.previous = text[text.length - 1]!
  return out
}

const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)'
const YEAR_RANGE = new RegExp(`(?<![\\d\\u2011\\-./])(${YEAR})-(${YEAR})(?![\\d/])`, 'gu')

/** Spaces, dashes and hyphens; the rules differ only where the languages do. */
function spacing(text: string, lang: string): string {
  const slavic = lang === 'ru' || lang === 'ky'
  let s = text.replace(/\.\.\./g, '…').replace(YEAR_RANGE, '$1–$2')
  // A spaced hyphen or en dash between words is a dash: an em dash in Russian and Kyrgyz, an en dash in English.
  s = slavic ? s.replace(/ [-–—] /g, `${NBSP}— `) : s.replace(/ - /g, ' – ').replace(/ ([–—]) /g, `${NBSP}$1 `)
  // "57‑й", "2021‑жыл", "3‑июнунда": the hyphen after a number never breaks, and is always the same character.
  if (lang === 'ky') s = s.replace(/(\d)[-‐](?=\p{L})/gu, `$1${NB_HYPHEN}`)
  if (lang === 'ru') s = s.replace(/(\d)[-‐](?=\p{Script=Cyrillic}{1,3}(?!\p{L}))/gu, `$1${NB_HYPHEN}`)
  // Thousands grouped with a plain space ("1 932") and a number followed by its unit or word ("142 голоса", "2 марта").
  if (slavic) s = s.replace(/(?<![\d.,/])(\d{1,3}) (?=\d{3}(?![\d/]))/gu, `$1${NBSP}`)
  s = s.replace(/(\d) ?%/gu, slavic ? `$1${NBSP}%` : '$1%')
  s = s.replace(/(\d) (?=[\p{L}№])/gu, `$1${NBSP}`)
  // "2026‑жылдын 3‑июнунда", "p. 4", "№ 5".
  if (lang === 'ky') s = s.replace(/(\d{4}\u2011жыл\p{L}*) (?=\d)/gu, `$1${NBSP}`)
  s = s.replace(/(?<![\p{L}])(№|No\.|p\.|pp\.|с\.|стр\.|б\.) (?=\d)/gu, `$1${NBSP}`)
  // Russian one-letter prepositions and conjunctions stay with the next word.
  if (lang === 'ru') s = s.replace(/(?<=^|[\s(«„\u00A0])([ВвКкСсУуОоИиАа]) /gu, `$1${NBSP}`)
  return s
}

/** "Kazakhstan. in force since": a sentence that begins after a full stop begins with a capital. */
function sentenceStarts(text: string): string {
  return text.replace(/([\p{L}\p{N})»”’]+)\. (\p{Ll})/gu, (whole, word: string, letter: string) => {
    const plain = word.replace(/[)»”’]+$/u, '')
    const sentenceEnd = /\p{N}$/u.test(plain) || word !== plain || (plain.length >= 3 && !ABBREVIATIONS.has(plain.toLowerCase()))
    return sentenceEnd ? `${word}. ${letter.toUpperCase()}` : whole
  })
}

/**
 * Links, paths, addresses and text that looks like markup are printed as they are written:
 * "288-kyrgyzstan-oon.html" keeps its hyphens, `<img src="x">` in a cell keeps its straight quotes.
 */
const VERBATIM = /<[^<>]*>|(?:https?:\/\/|www\.)\S+|[\w-]+(?:\.[\w-]+)+\/\S*|[\w.-]+@[\w-]+(?:\.[\w-]+)+/gu

/** One piece of text, set in `lang` ("en", "ru", "ky"); setting it twice changes nothing. */
export function typeset(text: string, lang: string, state: QuoteState = freshQuotes()): string {
  let out = ''
  let from = 0
  const prose = (end: number) => {
    if (end > from) out += sentenceStarts(spacing(quotes(text.slice(from, end), lang, state), lang))
  }
  for (const m of text.matchAll(VERBATIM)) {
    prose(m.index)
    out += m[0]
    state.previous = m[0].slice(-1)
    from = m.index + m[0].length
  }
  prose(text.length)
  return out
}

/** Elements whose content is not prose on the page; the title is metadata, kept equal to the PDF's. */
const RAW = new Set(['script', 'style', 'pre', 'code', 'textarea', 'template', 'title'])
/** Elements at whose edges a paragraph starts or ends, so quotation marks do not pair across them. */
const BLOCK = /^(?:p|li|ul|ol|dl|dt|dd|td|th|tr|table|thead|tbody|caption|h[1-6]|div|section|header|footer|nav|figure|figcaption|details|summary|blockquote|title|head|body|html|main|article|aside|br)$/

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: NBSP }
const TOKEN = /<!--[\s\S]*?-->|<[!?][^>]*>|<\/?([a-zA-Z][\w-]*)(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+/g

function decode(text: string): string | null {
  let known = true
  const decoded = text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) return String.fromCodePoint(name[1]!.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
    const value = ENTITIES[name.toLowerCase()]
    if (value === undefined) known = false
    return value ?? whole
  })
  return known ? decoded : null
}

/** The characters Handlebars escapes, escaped the same way, so text the rules leave alone comes out as it went in. */
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' }
const encode = (text: string) => text.replace(/[&<>"'`=]/g, (c) => ESCAPES[c]!)

/**
 * A rendered HTML page with the text of its elements set in `lang`. Templates escape data first; this
 * reads the text between the tags, sets it and escapes it again, and leaves tags, attributes, scripts
 * and styles as they are. Text with an entity it does not know is left unchanged.
 */
export function typesetHtml(html: string, lang: string): string {
  let raw: string | null = null
  let state = freshQuotes()
  return html.replace(TOKEN, (token, tag: string | undefined) => {
    if (tag !== undefined) {
      const name = tag.toLowerCase()
      const closing = token.startsWith('</')
      if (raw === null && !closing && RAW.has(name)) raw = name
      else if (raw === name && closing) raw = null
      if (BLOCK.test(name)) state = freshQuotes()
      return token
    }
    if (raw !== null || token.startsWith('<')) return token
    if (!/\S/.test(token)) {
      state.previous = ' '
      return token
    }
    const text = decode(token)
    return text === null ? token : encode(typeset(text, lang, state))
  })
}
