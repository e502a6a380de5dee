import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Where the project's own files are, wherever it is run from; a module of its own so that knowing a path loads nothing else. */
export const projectRoot = fileURLToPath(new URL('../', import.meta.url))
export const templatesDir = path.join(projectRoot, 'templates')
export const catalogsDir = path.join(templatesDir, 'i18n')
/** The messages of the checks' findings and the notes on the data, per language (apart from the labels). */
export const findingCatalogsDir = path.join(catalogsDir, 'findings')
