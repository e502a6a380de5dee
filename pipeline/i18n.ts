import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { IntlMessageFormat } from 'intl-messageformat'
import { CliError } from './errors.ts'
import { typeset } from './lib/typography.ts'
import { catalogsDir } from './paths.ts'

/** The labels and sentences of the documents in one language: `templates/i18n/<lang>.json`, ICU MessageFormat. */
export interface Catalog {
  readonly lang: string
  readonly messages: Readonly<Record<string, string>>
  /**
   * The message for `key` with its placeholders, plurals and ordinals filled and set in the language's
   * typography (it also reaches chart canvases and page footers, which no HTML pass sees); a missing key shows as itself.
   */
  t(key: string, values?: Readonly<Record<string, string | number>>): string
}

export { catalogsDir }

/** Plural and ordinal rules by language; Kyrgyz has its own CLDR rules (one/other). */
export function catalogFrom(lang: string, messages: Readonly<Record<string, string>>): Catalog {
  const compiled = new Map<string, IntlMessageFormat>()
  return {
    lang,
    messages,
    t(key, values = {}) {
      const message = messages[key]
      if (message === undefined) return key
      let format = compiled.get(key)
      if (!format) {
        format = new IntlMessageFormat(message, lang)
        compiled.set(key, format)
      }
      return typeset(String(format.format(values)), lang)
    },
  }
}

export async function loadCatalog(lang: string, dir = catalogsDir): Promise<Catalog> {
  if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]+)?$/.test(lang)) throw new CliError(`"${lang}" is not a language code`, { hint: 'use a code such as en, ru or ky' })
  const file = path.join(dir, `${lang}.json`)
  try {
    return catalogFrom(lang, JSON.parse(await readFile(file, 'utf8')) as Record<string, string>)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new CliError(`There is no message catalog for language "${lang}" (templates/i18n/${lang}.json)`, { hint: 'build in a language the templates support: en, ru or ky' })
    }
    throw error
  }
}
