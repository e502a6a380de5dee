/** Finding a UN entity by any name it goes by, and saying which kind of name matched. */

export type NameKind = 'id' | 'name' | 'acronym' | 'short name' | 'alias' | 'former name' | 'wrong name'

export interface EntityRecord {
  readonly id: string
  readonly name: string
  readonly acronym: string | null
  readonly shortName: string | null
  readonly aliases: readonly string[]
  readonly formerNames: readonly string[]
  readonly wrongNames: readonly string[]
}

export interface EntityMatch<E extends EntityRecord> {
  readonly entity: E
  readonly via: NameKind
  readonly written: string
}

/** Case, spacing, a leading "the" and curly apostrophes do not make a different name. */
export function nameKey(text: string): string {
  return text.normalize('NFC').replace(/[’‘]/g, "'").trim().replace(/\s+/g, ' ').replace(/^the /i, '').toLowerCase()
}

export interface EntityIndex<E extends EntityRecord> {
  resolve(text: string): EntityMatch<E> | null
  byId(id: string): E | undefined
}

export function entityIndex<E extends EntityRecord>(entities: readonly E[]): EntityIndex<E> {
  const byKey = new Map<string, { entity: E; via: NameKind }>()
  const add = (name: string | null, entity: E, via: NameKind) => {
    if (name && !byKey.has(nameKey(name))) byKey.set(nameKey(name), { entity, via })
  }
  // Earlier kinds win a clash: an id or official name is never shadowed by someone's alias.
  for (const e of entities) add(e.id, e, 'id')
  for (const e of entities) add(e.name, e, 'name')
  for (const e of entities) add(e.acronym, e, 'acronym')
  for (const e of entities) add(e.shortName, e, 'short name')
  for (const e of entities) e.aliases.forEach((n) => add(n, e, 'alias'))
  for (const e of entities) e.formerNames.forEach((n) => add(n, e, 'former name'))
  for (const e of entities) e.wrongNames.forEach((n) => add(n, e, 'wrong name'))
  const ids = new Map(entities.map((e) => [e.id, e]))
  return {
    byId: (id) => ids.get(id),
    resolve(text) {
      const written = text.trim()
      const whole = byKey.get(nameKey(written))
      if (whole) return { ...whole, written }
      // "United Nations Children's Fund (UNICEF)": the name without its bracketed acronym.
      const bracketed = /^(.*\S)\s*\(([^()]+)\)$/.exec(written)
      const found = bracketed ? (byKey.get(nameKey(bracketed[1]!)) ?? byKey.get(nameKey(bracketed[2]!))) : undefined
      return found ? { ...found, written } : null
    },
  }
}
