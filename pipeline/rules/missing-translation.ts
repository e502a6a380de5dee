import { SOURCE_TABLE } from '../lib/sources.ts'
import { entityMentions } from './entity-cells.ts'
import { cellText, columnOf, defineRule, type Issue, type RuleContext } from './rule.ts'

const LANGUAGE_NAMES: Readonly<Record<string, string>> = { ru: 'Russian', ky: 'Kyrgyz' }

export interface MissingTranslation {
  readonly lang: string
  readonly table: string
  readonly file: string
  /** The base field (`title`), or `names` for UN entity names in the reference table. */
  readonly field: string
  /** Lines of the rows whose text has no translation (for entities: the first line naming each). */
  readonly lines: readonly number[]
  /** What is untranslated: the ids of the entities, or nothing for table cells. */
  readonly items: readonly string[]
}

/** Every text the documents would print in English for want of a translation, per language. */
export function missingTranslations({ dataset, reference }: RuleContext): MissingTranslation[] {
  const languages = dataset.pkg.languages.filter((lang) => lang !== 'en')
  const missing: MissingTranslation[] = []
  for (const lang of languages) {
    for (const table of dataset.raw) {
      // Citations keep a document's own title; a translation is given only where the document has an official one.
      if (table.name === SOURCE_TABLE) continue
      for (const field of table.schema.fields) {
        if (!table.header.includes(`${field.name}_${lang}`)) continue
        const lines = table.rows.filter((row) => cellText(table, row, field.name) !== '' && cellText(table, row, `${field.name}_${lang}`) === '').map((row) => row.line)
        if (lines.length > 0) missing.push({ lang, table: table.name, file: table.file, field: field.name, lines, items: [] })
      }
    }
    const firstLine = new Map<string, { file: string; table: string; line: number }>()
    for (const { cell, match } of entityMentions(dataset, reference)) {
      if (match && !match.entity.translations[lang]?.name && !firstLine.has(match.entity.id)) firstLine.set(match.entity.id, { file: cell.table.file, table: cell.table.name, line: cell.row.line })
    }
    const first = [...firstLine.values()][0]
    if (first) missing.push({ lang, table: first.table, file: first.file, field: 'names', lines: [...firstLine.values()].map((v) => v.line), items: [...firstLine.keys()] })
  }
  return missing
}

const list = (items: readonly (string | number)[]) => (items.length > 8 ? `${items.slice(0, 8).join(', ')}, …` : items.join(', '))

/** A document in Russian or Kyrgyz falls back to English where a translation is missing; this says where. */
export const missingTranslation = defineRule({
  id: 'missing-translation',
  severity: 'warning',
  description: 'Every text and UN entity name the documents print has a translation in each language the dataset declares.',
  *check(context): Generator<Issue> {
    for (const m of missingTranslations(context)) {
      const language = LANGUAGE_NAMES[m.lang] ?? m.lang
      const table = context.dataset.raw.find((t) => t.name === m.table)
      const at = { table: m.table, file: m.file, line: m.lines[0] ?? 1, value: null }
      if (m.field === 'names') {
        yield { ...at, column: null, field: null, code: 'missing-translation.entity-names', params: { lang: m.lang, language, count: m.items.length, items: list(m.items) } }
        continue
      }
      const column = table ? columnOf(table, `${m.field}_${m.lang}`) : null
      yield { ...at, column, field: `${m.field}_${m.lang}`, code: 'missing-translation.cells', params: { lang: m.lang, language, field: m.field, count: m.lines.length, lines: list(m.lines) } }
    }
  },
})
