import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { CliError } from './errors.ts'
import type { Labels } from './stages/view.ts'
import { templatesDir } from './stages/render.ts'

/** The message catalog of a language: `templates/i18n/<lang>.json`. */
export async function loadLabels(lang: string, dir = path.join(templatesDir, 'i18n')): Promise<Labels> {
  if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]+)?$/.test(lang)) throw new CliError(`"${lang}" is not a language code`, { hint: 'use a code such as en, ru or ky' })
  const file = path.join(dir, `${lang}.json`)
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Labels
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new CliError(`There is no message catalog for language "${lang}" (templates/i18n/${lang}.json)`, { hint: 'build in a language the templates support, e.g. --lang en' })
    }
    throw error
  }
}
