import { cells, cellIssue, defineRule } from './rule.ts'

const CYRILLIC = /\p{Script=Cyrillic}/u
const LATIN = /\p{Script=Latin}/u
const WORD = /[\p{L}\p{M}]+/gu
/** Columns that hold links, codes, or notes that may quote a source in its own language. */
const NOT_PROSE = new Set(['source', 'id', 'notes'])

/** Fields named `…_ru` or `…_ky` hold Cyrillic text; every other text field holds Latin-script text. */
const expectsCyrillic = (field: string) => /_(?:ru|ky)$/.test(field)

/**
 * A word in the other script inside a text (a Russian "и" in English), or a word that mixes both
 * (a Cyrillic "А" in "Аdmission"): invisible on screen, wrong in search and in print.
 * Latin acronyms inside Cyrillic text (UNDP, CTED) are usual and allowed.
 */
export const mixedScript = defineRule({
  id: 'mixed-script',
  severity: 'warning',
  description: 'Text does not mix scripts: no Cyrillic letters inside English text, no stray Latin words inside Russian or Kyrgyz text.',
  *check({ dataset }) {
    for (const cell of cells(dataset.raw)) {
      if (NOT_PROSE.has(cell.field.name) || cell.field.type !== 'string' || cell.field.format === 'un-symbol' || !cell.text) continue
      const cyrillicText = expectsCyrillic(cell.field.name)
      for (const word of cell.text.match(WORD) ?? []) {
        const hasCyrillic = CYRILLIC.test(word)
        const hasLatin = LATIN.test(word)
        if (hasCyrillic && hasLatin) {
          yield cellIssue(cell, 'mixed-script.mixed-word', { word })
          break
        }
        const foreign = cyrillicText ? hasLatin && word !== word.toUpperCase() : hasCyrillic
        if (foreign) {
          yield cellIssue(cell, cyrillicText ? 'mixed-script.latin-in-cyrillic' : 'mixed-script.cyrillic-in-english', { word, field: cell.field.name })
          break
        }
      }
    }
  },
})
