/**
 * Checks of a document's reader-facing text, shared by the print and screen tests.
 *
 * INTERNAL_VOCABULARY is what the `findings` branch keeps in `pipeline/lib/reader-text.ts` (contract
 * C5); until that file is in this branch's base, the expected list lives here. At merge, import it
 * from there instead and keep the cases below that it lacks.
 */
const word = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`, 'iu')
/** Not part of a link or path: a printed short link may end in a file name. */
const standalone = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}_/.-])(?:${source})(?![\\p{L}\\p{N}_/-])`, 'u')

export const INTERNAL_VOCABULARY: readonly RegExp[] = [
  // The pipeline's own words and files.
  word('seeds?'),
  word('data ?sets?'),
  standalone('[\\w-]+\\.(?:csv|tsv|json|hbs|ts|md)'),
  word('(?:shared|corpus|sources|tests|pipeline|templates|out|tmp|home|work)/[\\w./-]+'),
  word('local copy'),
  word('(?:line|row) \\d+'),
  // Research left in print.
  word('not (?:found|seen|identified)'),
  word('TODO|TBD|FIXME|placeholder|lorem ipsum'),
  word("notes? (?:to|for) (?:the )?editor|editor's note"),
  word('набор\\p{L}* данных'),
  word('не (?:найден|обнаружен|установлен)\\p{L}*'),
  word('маалымат топтом\\p{L}*'),
  word('(?:табылган|аныкталган) (?:жок|эмес)'),
]

/** Each hit of the internal vocabulary with a little context either side. */
export function internalVocabulary(text: string): string[] {
  return INTERNAL_VOCABULARY.flatMap((pattern) =>
    [...text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))].map((m) => `${m[0]} in “…${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).replace(/\s+/g, ' ')}…”`),
  )
}

/**
 * Latin-script words that a Russian or Kyrgyz document may print: proper names from its sources that
 * have no Cyrillic form. Keep it short; a title with a Russian version belongs in Russian.
 */
export const LATIN_NAMES_ALLOWED: readonly string[] = ['Erik Voeten']

const LATIN_WORD = /^\p{Script=Latin}[\p{Script=Latin}'’-]*$/u

/**
 * Runs of at least `min` consecutive words of running Latin-script text: words with a small letter
 * (acronyms, "A/RES/77/172", links and anything with a slash, dot or digit break a run).
 */
export function latinRuns(text: string, min = 3): string[] {
  const cleaned = LATIN_NAMES_ALLOWED.reduce((t, name) => t.replaceAll(name, ' '), text)
  const runs: string[] = []
  let run: string[] = []
  const close = () => {
    if (run.length >= min) runs.push(run.join(' '))
    run = []
  }
  for (const raw of cleaned.split(/\s+/)) {
    const token = raw.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '')
    const link = /[/@]|\.\p{L}/u.test(token)
    if (!link && LATIN_WORD.test(token) && /\p{Ll}/u.test(token)) run.push(token)
    else close()
  }
  close()
  return runs
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
