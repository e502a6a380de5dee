import type { StatedFinding } from '../types.ts'
import { originOf, plain, type TextOrigin } from './text-origins.ts'

/**
 * The words of the machinery that must never reach a reader: file and table names, paths, "seed",
 * research placeholders. The build refuses a document whose visible text holds one (and the tests that
 * measure the printed PDFs import the same list), so a leak cannot come back unnoticed.
 */

export interface ForbiddenTerm {
  /** The term as a message names it. */
  readonly term: string
  /** What is wrong with it, for the editor. */
  readonly why: string
  readonly pattern: RegExp
}

/** Not inside a longer word: "seed" is forbidden, "succeed" and "seedling" are not. */
const word = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`, 'giu')

const MACHINERY = 'a word of the pipeline, not of the document'
const PLACEHOLDER = 'a research placeholder: what no source confirms stays out of print'
const FILE = 'a file name or path of the workstation'

/** Not inside a web address or a path either: a printed short link may name a file or a folder. */
const standalone = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}_/.~-])(?:${source})(?![\\p{L}\\p{N}_])`, 'giu')

export const FORBIDDEN_TERMS: readonly ForbiddenTerm[] = [
  { term: 'seed', why: MACHINERY, pattern: word('seeds?') },
  { term: 'dataset', why: MACHINERY, pattern: word('(?:draft )?data ?sets?') },
  // A file name standing alone ("see resolutions.csv"); in a web address it is part of the citation.
  { term: 'file name', why: FILE, pattern: standalone('[\\p{L}\\p{N}_-]+\\.(?:csv|tsv|json|hbs|ts|md)') },
  // A path from the root or the project's folders (not the /home/ inside a web address).
  { term: 'local path', why: FILE, pattern: standalone('(?:/(?:work|tmp|home)|(?:\\.\\./)?(?:shared|corpus|sources|tests|pipeline|templates|out))/[\\p{L}\\p{N}_./-]*|file://[\\p{L}\\p{N}_./-]*') },
  { term: 'local copy', why: FILE, pattern: word('local copy') },
  { term: 'line number', why: MACHINERY, pattern: word('(?:line|row) \\d+') },
  { term: 'not found', why: PLACEHOLDER, pattern: word('not (?:found|seen|identified)') },
  { term: 'recalled, not verified', why: PLACEHOLDER, pattern: word('recalled,? not verified') },
  { term: 'TODO', why: PLACEHOLDER, pattern: word('TODO|FIXME|TBD|lorem ipsum') },
  { term: 'placeholder', why: PLACEHOLDER, pattern: word('placeholders?') },
  { term: 'note to the editor', why: MACHINERY, pattern: word("notes? (?:to|for) (?:the )?editor|editor[’']s notes?") },
  { term: 'набор данных', why: MACHINERY, pattern: word('(?:проект\\p{L}* )?набор\\p{L}* данных') },
  { term: 'не найден', why: PLACEHOLDER, pattern: word('не (?:найден|обнаружен|установлен|просмотрен)\\p{L}*') },
  { term: 'маалымат топтому', why: MACHINERY, pattern: word('маалымат топтом\\p{L}*') },
  { term: 'табылган жок', why: PLACEHOLDER, pattern: word('(?:табылган|аныкталган|көрүлгөн) (?:жок|эмес)|табылбады') },
]

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '' }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
    return ENTITIES[name.toLowerCase()] ?? all
  })
}

/** Every string value of a JSON document (chart titles, labels and notes drawn into the page). */
function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(jsonStrings)
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(jsonStrings)
  return []
}

/**
 * What a reader sees of an HTML document: the text without tags, attributes, styles and code, entities
 * decoded; the strings of its JSON data blocks (chart labels the page draws) follow it.
 */
export function visibleText(html: string): string {
  const data: string[] = []
  const text = html
    .replace(/<script\b[^>]*type="application\/json"[^>]*>([\s\S]*?)<\/script>/gi, (_, json: string) => {
      try {
        data.push(...jsonStrings(JSON.parse(json)))
      } catch {
        data.push(json)
      }
      return ' '
    })
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
  return [decodeEntities(text), ...data].join('\n').replace(/[ \t\r\f\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim()
}

export interface ReaderTextHit {
  readonly term: string
  readonly why: string
  /** The text matched, as printed. */
  readonly found: string
  /** The words around it, on one line. */
  readonly context: string
  /** The text just before and after it, to trace where it comes from. */
  readonly before: string
  readonly after: string
}

const AROUND = 40

/** Every forbidden term in a text a reader sees, in reading order, with the text around it. */
export function readerTextHits(text: string): ReaderTextHit[] {
  const hits: (ReaderTextHit & { at: number })[] = []
  for (const { term, why, pattern } of FORBIDDEN_TERMS) {
    for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
      const start = match.index
      const end = start + match[0].length
      const before = text.slice(Math.max(0, start - AROUND), start)
      const after = text.slice(end, end + AROUND)
      const context = `${start > AROUND ? '…' : ''}${before}${match[0]}${after}${end + AROUND < text.length ? '…' : ''}`.replace(/\s+/g, ' ')
      hits.push({ term, why, found: match[0], context, before, after, at: start })
    }
  }
  return hits.sort((a, b) => a.at - b.at).map(({ at: _, ...hit }) => hit)
}

export interface RenderedDocument {
  /** The output file, as the user should see it. */
  readonly path: string
  readonly lang: string
  readonly html: string
}

/**
 * The reader-text check of one document: each hit is an error placed where its text comes from when
 * that is known (the table cell, the catalog message), else at the document itself.
 */
export function readerTextFindings(document: RenderedDocument, origins: readonly TextOrigin[]): StatedFinding[] {
  const hits = readerTextHits(visibleText(document.html))
  const texts = hits.length > 0 ? origins.map((o) => plain(o.text)) : []
  return hits.map((hit) => {
    const origin = originOf(hit, origins, texts)
    const where = origin
      ? { table: origin.table, file: origin.file, line: origin.line, column: origin.column, field: origin.field, value: origin.text }
      : { table: 'documents', file: document.path, line: 1, column: null, field: null, value: null }
    const { term, found, why, context } = hit
    const params = { document: document.path, lang: document.lang, term, found, why, context, origin: origin ? `${origin.file}:${origin.line}` : 'none' }
    return { rule: 'reader-text', severity: 'error', ...where, code: 'reader-text.forbidden', params }
  })
}
