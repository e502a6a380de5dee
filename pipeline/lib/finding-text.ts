import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { IntlMessageFormat } from 'intl-messageformat'
import { catalogFrom } from '../i18n.ts'
import { findingCatalogsDir } from '../paths.ts'
import type { Finding, FindingParams, StatedFinding } from '../types.ts'
import { parseIsoDate } from './dates.ts'
import { formatDate, type DateStyle } from './format.ts'

/**
 * The texts of findings in one language: `templates/i18n/findings/<lang>.json`, ICU MessageFormat.
 * A code's message is the key `<code>`, its advice `<code>.hint`; the notes on the data use other keys
 * of the same file. English has every code; Russian and Kyrgyz have what the notes print.
 */
export interface FindingCatalog {
  readonly lang: string
  readonly messages: Readonly<Record<string, string>>
  /** A text for the reader (the notes), set in the language's typography; a missing key shows as itself. */
  text(key: string, params?: FindingParams): string
  /** The editor's message of a code, as written: the CLI and validation.json keep plain quotes and spaces. */
  message(code: string, params: FindingParams): string
  hint(code: string, params: FindingParams): string | null
}

/**
 * A param whose name ends in `Date` holds an ISO date and prints as a date of the catalog's language;
 * `Date_on`, `Date_from`, `Date_asOf` give the form a sentence needs there (see DateStyle).
 */
const DATE_PARAM = /(?:^d|D)ate(?:_(on|from|asOf))?$/

export function findingCatalogFrom(lang: string, messages: Readonly<Record<string, string>>): FindingCatalog {
  const catalog = catalogFrom(lang, messages)
  const values = (params: FindingParams) =>
    Object.fromEntries(
      Object.entries(params).map(([name, value]) => {
        const form = DATE_PARAM.exec(name)
        const date = form && typeof value === 'string' ? parseIsoDate(value, true) : null
        return [name, date ? formatDate(date, lang, (form?.[1] as DateStyle | undefined) ?? 'long') : value]
      }),
    )
  const compiled = new Map<string, IntlMessageFormat>()
  const plain = (key: string, params: FindingParams) => {
    const message = messages[key]
    if (message === undefined) return key
    const format = compiled.get(key) ?? compiled.set(key, new IntlMessageFormat(message, lang)).get(key)!
    return String(format.format(values(params)))
  }
  return {
    lang,
    messages,
    text: (key, params = {}) => catalog.t(key, values(params)),
    message: plain,
    hint: (code, params) => (messages[`${code}.hint`] === undefined ? null : plain(`${code}.hint`, params)),
  }
}

export async function loadFindingCatalog(lang: string, dir = findingCatalogsDir): Promise<FindingCatalog> {
  return findingCatalogFrom(lang, JSON.parse(await readFile(path.join(dir, `${lang}.json`), 'utf8')) as Record<string, string>)
}

/** A stated finding with its English text, as the CLI prints it and validation.json keeps it. */
export function renderFinding(finding: StatedFinding, catalog: FindingCatalog): Finding {
  return { ...finding, message: catalog.message(finding.code, finding.params), hint: catalog.hint(finding.code, finding.params) }
}
