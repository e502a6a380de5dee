import { fileURLToPath } from 'node:url'
import { entityIndex, type EntityIndex, type EntityRecord } from './lib/entities.ts'
import { ENTITY_RESOURCE, normalizeTables } from './stages/normalize.ts'
import { readDataset } from './stages/read.ts'
import type { SourceKind } from './lib/sources.ts'
import type { PartialDate, TypedRow, TypedTable, Value } from './types.ts'

/** The reference tables every dataset is checked against (`sources/reference/`), as lookups. */

/** Languages the reference tables carry names in, besides English. */
export const TRANSLATED_LANGUAGES = ['ru', 'ky'] as const

/**
 * An entity as a document in `lang` names it. Where the language has a name but no acronym of its own,
 * no acronym is shown: the document prints the name, never another language's acronym beside it.
 */
export function localizeEntity(entity: ReferenceEntity, lang: string): ReferenceEntity {
  const names = entity.translations[lang]
  if (!names?.name) return entity
  return { ...entity, name: names.name, acronym: names.acronym, shortName: names.shortName ?? names.acronym }
}

export const defaultReferenceDir = fileURLToPath(new URL('../sources/reference/', import.meta.url))

export interface EntityNames {
  readonly name: string | null
  readonly acronym: string | null
  readonly shortName: string | null
}

export interface ReferenceEntity extends EntityRecord {
  /** Names in other languages, by language code (`name_ru`, `acronym_ru`, `short_name_ru` columns). */
  readonly translations: Readonly<Record<string, EntityNames>>
  readonly kind: string
  readonly parentId: string | null
  readonly established: PartialDate | null
  readonly ended: PartialDate | null
  readonly successorId: string | null
  readonly termYears: number | null
  readonly source: string
}

export type Confidence = 'confirmed' | 'derived' | 'scheduled' | 'estimated' | 'recalled'

export interface SessionDates {
  readonly id: string
  readonly opened: PartialDate
  readonly closed: PartialDate | null
  readonly confidence: Confidence
}

export interface Mission {
  readonly id: string
  readonly name: string
  readonly place: string
  readonly start: PartialDate
  readonly end: PartialDate | null
  readonly source: string
}

export interface Reference {
  readonly entities: EntityIndex<ReferenceEntity>
  readonly entityList: readonly ReferenceEntity[]
  /** Regular sessions by number. */
  readonly sessions: ReadonlyMap<number, SessionDates>
  /** Special (`S-26`) and emergency special (`ES-10`) sessions by id. */
  readonly specialSessions: ReadonlyMap<string, SessionDates>
  readonly missions: ReadonlyMap<string, Mission>
  /** Publishers of cited documents by web host (`sources/reference/publishers.csv`). */
  readonly publishers: ReadonlyMap<string, Publisher>
}

export interface Publisher {
  readonly host: string
  readonly publisher: string
  /** The publisher's name in other languages, by language code. */
  readonly names: Readonly<Record<string, string>>
  readonly kind: SourceKind
  /** The host reproduces others' texts: a UN text on it is to be cited at its UN address. */
  readonly mirror: boolean
}

const isDate = (v: Value): v is PartialDate => v !== null && typeof v === 'object' && 'precision' in v
const get = (row: TypedRow) => ({
  text: (name: string) => (typeof row.values[name] === 'string' ? (row.values[name] as string) : null),
  date: (name: string) => (isDate(row.values[name] ?? null) ? (row.values[name] as PartialDate) : null),
  number: (name: string) => (typeof row.values[name] === 'number' ? (row.values[name] as number) : null),
  list: (name: string) => (Array.isArray(row.values[name]) ? (row.values[name] as string[]) : []),
})
const rows = (table: TypedTable | undefined) => (table?.rows ?? []).map(get)

export function referenceFrom(tables: Readonly<Record<string, TypedTable>>): Reference {
  const entityList: ReferenceEntity[] = rows(tables[ENTITY_RESOURCE]).flatMap((r) => {
    const id = r.text('id')
    const name = r.text('name')
    if (!id || !name) return []
    return [{
      id,
      name,
      acronym: r.text('acronym'),
      shortName: r.text('short_name'),
      aliases: r.list('aliases'),
      formerNames: r.list('former_names'),
      wrongNames: r.list('wrong_names'),
      kind: r.text('kind') ?? '',
      parentId: r.text('parent'),
      established: r.date('established'),
      ended: r.date('ended'),
      successorId: r.text('successor'),
      termYears: r.number('term_years'),
      source: r.text('source') ?? '',
      translations: Object.fromEntries(
        TRANSLATED_LANGUAGES.map((lang) => [lang, { name: r.text(`name_${lang}`), acronym: r.text(`acronym_${lang}`), shortName: r.text(`short_name_${lang}`) }]),
      ),
    }]
  })
  const sessions = new Map<number, SessionDates>()
  for (const r of rows(tables['ga-sessions'])) {
    const session = r.number('session')
    const opened = r.date('opened')
    if (session !== null && opened) sessions.set(session, { id: String(session), opened, closed: null, confidence: (r.text('confidence') ?? 'estimated') as Confidence })
  }
  const specialSessions = new Map<string, SessionDates>()
  for (const r of rows(tables['ga-special-sessions'])) {
    const id = r.text('id')
    const opened = r.date('opened')
    if (id && opened) specialSessions.set(id, { id, opened, closed: r.date('closed'), confidence: (r.text('confidence') ?? 'estimated') as Confidence })
  }
  const missions = new Map<string, Mission>()
  for (const r of rows(tables['peacekeeping-missions'])) {
    const id = r.text('id')
    const start = r.date('start')
    if (id && start) missions.set(id, { id, name: r.text('name') ?? id, place: r.text('place') ?? '', start, end: r.date('end'), source: r.text('source') ?? '' })
  }
  const publishers = new Map<string, Publisher>()
  for (const row of tables.publishers?.rows ?? []) {
    const r = get(row)
    const host = r.text('host')
    const publisher = r.text('publisher')
    if (!host || !publisher) continue
    const names = Object.fromEntries(TRANSLATED_LANGUAGES.flatMap((lang) => (r.text(`publisher_${lang}`) ? [[lang, r.text(`publisher_${lang}`)!]] : [])))
    publishers.set(host, { host, publisher, names, kind: (r.text('kind') ?? 'other') as SourceKind, mirror: row.values.mirror === true })
  }
  return { entities: entityIndex(entityList), entityList, sessions, specialSessions, missions, publishers }
}

const cache = new Map<string, Promise<Reference>>()

/** Reads the reference package once per process. */
export function loadReference(dir = defaultReferenceDir): Promise<Reference> {
  let loading = cache.get(dir)
  if (!loading) {
    loading = readDataset(dir).then(({ raw }) => referenceFrom(normalizeTables(raw, null)))
    cache.set(dir, loading)
  }
  return loading
}
