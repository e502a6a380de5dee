import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { catalogsDir, loadCatalog } from '../pipeline/i18n.ts'
import { loadReference, localizeEntity } from '../pipeline/reference.ts'
import { parseIsoDate } from '../pipeline/lib/dates.ts'
import { formatDate, type DateStyle } from '../pipeline/lib/format.ts'
import { root } from './helpers/fixtures.ts'

const LANGUAGES = ['en', 'ru', 'ky']
const catalogOf = async (lang: string) => JSON.parse(await readFile(path.join(catalogsDir, `${lang}.json`), 'utf8')) as Record<string, string>

/** Every catalog key the templates and chart builders use, including the ones built from enum values. */
async function keysInUse(): Promise<Set<string>> {
  const keys = new Set<string>()
  const templates = path.join(root, 'templates')
  const pages = (await readdir(templates)).filter((f) => f.endsWith('.hbs')).map((f) => path.join(templates, f))
  const files = [...pages, ...(await readdir(path.join(templates, 'partials'))).map((f) => path.join(templates, 'partials', f))]
  for (const file of files) for (const m of (await readFile(file, 'utf8')).matchAll(/\bt "([\w-]+)"/g)) keys.add(m[1]!)
  const code = [...(await readdir(path.join(templates, 'charts'))).map((f) => path.join(templates, 'charts', f)), path.join(root, 'pipeline', 'stages', 'view.ts')]
  for (const file of code) for (const m of (await readFile(file, 'utf8')).matchAll(/\b(?:label|t)\('([\w-]+)'/g)) keys.add(m[1]!)
  const schema = JSON.parse(await readFile(path.join(root, 'pipeline', 'schemas', 'tables.json'), 'utf8'))
  const enumOf = (table: string, field: string): string[] => schema.resources.find((r: { name: string }) => r.name === table).schema.fields.find((f: { name: string }) => f.name === field).constraints.enum
  const key = (prefix: string, value: string) => `${prefix}${value.charAt(0).toUpperCase()}${value.slice(1)}`
  for (const role of enumOf('resolutions', 'kyrgyz_role')) keys.add(key('role', role))
  for (const role of enumOf('treaties', 'kyrgyz_role')) keys.add(key('treatyRole', role))
  for (const state of ['current', 'past', 'elected', 'candidate', 'unknown']) keys.add(key('state', state))
  for (const vote of ['yes', 'no', 'abstain']) keys.add(key('vote', vote))
  for (const issue of enumOf('votes_by_issue', 'issue')) keys.add(`issue_${issue}`)
  return keys
}

describe('message catalogs', () => {
  it.each(LANGUAGES)('%s has every key the templates use', async (lang) => {
    const catalog = await catalogOf(lang)
    const missing = [...(await keysInUse())].filter((k) => !(k in catalog))
    expect(missing).toEqual([])
  })

  it.each(LANGUAGES)('%s has the same keys as English, each a valid ICU message', async (lang) => {
    const catalog = await catalogOf(lang)
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(await catalogOf('en')).sort())
    for (const [key, message] of Object.entries(catalog)) expect(() => new IntlMessageFormat(message, lang), key).not.toThrow()
  })

  it('chooses plural forms by language', async () => {
    const ru = await loadCatalog('ru')
    expect([1, 2, 5, 21, 142].map((n) => ru.t('votes', { n }))).toEqual(['1\u00A0голос', '2\u00A0голоса', '5\u00A0голосов', '21\u00A0голос', '142\u00A0голоса'])
    expect(ru.t('factInitiatives', { count: 21 })).toBe('резолюция Генеральной Ассамблеи по инициативе Кыргызстана')
    expect(ru.t('factInitiatives', { count: 3 })).toMatch(/^резолюции /)
    expect(ru.t('factInitiatives', { count: 5 })).toMatch(/^резолюций /)
    const en = await loadCatalog('en')
    expect([1, 2, 3, 11, 53].map((n) => en.t('session', { n }))).toEqual(['1st session', '2nd session', '3rd session', '11th session', '53rd session'])
    expect(ru.t('votesShares', { yes: 86, abstain: 12, no: 2 })).toBe('«за»\u00A0— 86\u00A0%, «воздержался»\u00A0— 12\u00A0%, «против»\u00A0— 2\u00A0%')
    expect((await loadCatalog('ky')).t('session', { n: 53 })).toBe('53\u2011сессия')
  })
})

describe('UN entity names by language', () => {
  it('never gives a Kyrgyz entity a Russian acronym: its own, or none and the full name', async () => {
    const reference = await loadReference()
    const unmik = reference.entities.byId('UNMIK')!
    expect(localizeEntity(unmik, 'ru')).toMatchObject({ acronym: 'МООНК' })
    expect(localizeEntity(unmik, 'en')).toMatchObject({ acronym: 'UNMIK' })
    for (const entity of reference.entityList) {
      const ky = localizeEntity(entity, 'ky')
      expect(ky.acronym, entity.id).toBe(entity.translations.ky?.acronym ?? null)
      if (ky.acronym) expect(ky.acronym, entity.id).not.toMatch(/ООН/u)
    }
  })

  it('gives a source page for every Kyrgyz acronym', async () => {
    const reference = await loadReference()
    const notes = await readFile(path.join(root, 'sources', 'reference', 'un-entities.csv'), 'utf8')
    const rowOf = (id: string) => notes.split('\n').find((line) => line.startsWith(`${id},`)) ?? ''
    for (const entity of reference.entityList) {
      const ky = entity.translations.ky
      if (ky?.acronym) expect(rowOf(entity.id), `${entity.id}: Kyrgyz acronym`).toMatch(/Kyrgyz acronym:[^.]*https?:\/\//)
    }
  })
})

describe('dates in the form each language writes them', () => {
  const d = (text: string) => parseIsoDate(text, true)
  const cases: [string, string, DateStyle, string][] = [
    ['en', '1992-03-02', 'long', '2 March 1992'],
    ['en', '2025-04', 'on', 'in April 2025'],
    ['ru', '1992-03-02', 'long', '2 марта 1992 года'],
    ['ru', '2016-09', 'long', 'сентябрь 2016 года'],
    ['ru', '2025-04', 'on', 'в апреле 2025 года'],
    ['ru', '1993-03', 'from', 'с марта 1993 года'],
    ['ru', '2008', 'from', 'с 2008 года'],
    ['ru', '2005-12-22', 'short', '22.12.2005'],
    ['ky', '1992-03-02', 'long', '1992\u2011жылдын 2\u2011марты'],
    ['ky', '2026-06-03', 'on', '2026\u2011жылдын 3\u2011июнунда'],
    ['ky', '2026-11-28', 'asOf', '2026\u2011жылдын 28\u2011ноябрына'],
    ['ky', '1993-03', 'from', '1993\u2011жылдын мартынан'],
    ['ky', '2025-04-25', 'on', '2025\u2011жылдын 25\u2011апрелинде'],
    ['ky', '2008', 'from', '2008\u2011жылдан'],
    ['ky', '2016', 'long', '2016'],
  ]
  it.each(cases)('%s %s (%s) → %s', (lang, iso, style, expected) => expect(formatDate(d(iso), lang, style)).toBe(expected))
})
