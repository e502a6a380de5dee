import { readerTextHits } from '../../pipeline/lib/reader-text.ts'

/**
 * Checks of a document's reader-facing text, shared by the print and screen tests.
 *
 * The build refuses the machinery's vocabulary with the list in `pipeline/lib/reader-text.ts`; the
 * tests measure the printed documents with the same list, and with the cases below that it lacks
 * (move them there, and delete them here, when the build should refuse them too).
 */
const word = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`, 'iu')
/** Not part of a link or path: a printed short link may end in a file name. */
const standalone = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}_/.-])(?:${source})(?![\\p{L}\\p{N}_/-])`, 'u')

export const MORE_INTERNAL_VOCABULARY: readonly RegExp[] = [
  standalone('[\\w-]+\\.(?:tsv|hbs|ts|md)'),
  standalone('(?:corpus|sources|tests|pipeline|templates|out)/[\\w./-]+'),
  word('local copy'),
  word('(?:line|row) \\d+'),
  word('not identified'),
  word("notes? (?:to|for) (?:the )?editor|editor's note"),
  word('не (?:обнаружен|установлен)\\p{L}*'),
  word('аныкталган (?:жок|эмес)'),
]

/** Each hit of the internal vocabulary with a little context either side. */
export function internalVocabulary(text: string): string[] {
  const more = MORE_INTERNAL_VOCABULARY.flatMap((pattern) =>
    [...text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))].map((m) => `${m[0]} in “…${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).replace(/\s+/g, ' ')}…”`),
  )
  return [...readerTextHits(text).map((hit) => `${hit.found} in “${hit.context}”`), ...more]
}

/**
 * Latin-script names that a Russian or Kyrgyz document may print, besides the titles its sources
 * table gives in English only (see `englishOnlyTitles`). Keep it short.
 */
export const LATIN_NAMES_ALLOWED: readonly string[] = ['Erik Voeten']

const LATIN_WORD = /^\p{Script=Latin}[\p{Script=Latin}']*$/u

/**
 * The words of a text, punctuation around them taken off, apostrophes of one kind, and split at
 * hyphens and dashes: typesetting turns 2025-2029 into 2025–2029, and a line may break after
 * "three-". A link stays whole, as null: anything with a slash, an @ or a dot inside, and a link's
 * slug that a line break cut off ("un-security-council-vote").
 */
const wordsOf = (text: string): (string | null)[] =>
  text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((raw) => {
      const word = raw.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '')
      if (/[/@]|\.\p{L}/u.test(word) || /^[\p{Ll}\d]+(?:-[\p{Ll}\d]+){2,}$/u.test(word)) return [null]
      return word.replace(/[’ʼ]/g, "'").split(/[-\u2010-\u2015\u2212]+/).filter(Boolean)
    })

/**
 * Runs of at least `min` consecutive words of running Latin-script text: words with a small letter
 * (acronyms, "A/RES/77/172", links and anything with a digit break a run). An allowed name breaks a
 * run where it stands whole.
 */
export function latinRuns(text: string, allowed: readonly string[] = [], min = 3): string[] {
  const words = wordsOf(text)
  const names = [...LATIN_NAMES_ALLOWED, ...allowed].map(wordsOf).filter((n) => n.length > 0)
  const covered = new Set<number>()
  for (const name of names) {
    for (let i = 0; i + name.length <= words.length; i++) {
      if (name.every((w, k) => words[i + k] === w)) for (let k = 0; k < name.length; k++) covered.add(i + k)
    }
  }
  const runs: string[] = []
  let run: string[] = []
  const close = () => {
    if (run.length >= min) runs.push(run.join(' '))
    run = []
  }
  words.forEach((word, i) => {
    if (word !== null && !covered.has(i) && LATIN_WORD.test(word) && /\p{Ll}/u.test(word)) run.push(word)
    else close()
  })
  close()
  return runs
}

/**
 * The titles and publishers that a sources table (C1: `sources.csv`) gives only in English for a
 * language: works published in English alone, cited under their own title. UN documents are not among
 * them, for each has an official Russian title.
 */
export function englishOnlyTitles(rows: readonly Record<string, string>[], lang: string): string[] {
  return rows.filter((r) => r.kind !== 'un-document').flatMap((r) => [r[`title_${lang}`] ? '' : (r.title ?? ''), r[`publisher_${lang}`] ? '' : (r.publisher ?? '')]).filter(Boolean)
}

/** Russian abbreviations of UN bodies, which a Kyrgyz text must not use (it has its own, or the full name). */
export const RUSSIAN_ACRONYMS: readonly string[] = ['СБ ООН', 'ГА ООН', 'СПЧ', 'КНС', 'КПЖ', 'КППУП', 'КУР', 'МСЭ', 'МСУО', 'УВКБ ООН', 'КТУ ООН', 'ИДКТК', 'КТК', 'УВР', 'РЦПДЦА', 'МООН\\p{Lu}*', 'ООН']

/**
 * Each Russian acronym in the text, as a word of its own (МООН… with any ending: МООНК, МООНЮС) or
 * with a Kyrgyz case ending in small letters (ООНдун, СПЧнын).
 */
export function russianAcronyms(text: string): string[] {
  const pattern = new RegExp(`(?<!\\p{L})(?:${RUSSIAN_ACRONYMS.join('|')})(?!\\p{Lu})`, 'gu')
  return [...text.matchAll(pattern)].map((m) => m[0])
}
