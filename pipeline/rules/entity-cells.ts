import type { EntityMatch } from '../lib/entities.ts'
import type { Reference, ReferenceEntity } from '../reference.ts'
import { entityFields } from '../stages/normalize.ts'
import type { Dataset } from '../types.ts'
import { cells, type Cell } from './rule.ts'

export interface EntityMention {
  readonly cell: Cell
  /** One name as written; a list cell gives one mention per item. */
  readonly written: string
  readonly match: EntityMatch<ReferenceEntity> | null
}

/** Every name of a UN entity in the dataset's entity columns, with what the reference makes of it. */
export function* entityMentions(dataset: Dataset, reference: Reference): Generator<EntityMention> {
  const fieldsOf = new Map(dataset.raw.map((t) => [t.name, entityFields(t.schema)]))
  for (const cell of cells(dataset.raw)) {
    if (!fieldsOf.get(cell.table.name)?.has(cell.field.name) || cell.text === '') continue
    const items = cell.field.type === 'list' ? cell.text.split(cell.field.delimiter ?? ',') : [cell.text]
    for (const item of items.map((i) => i.trim()).filter(Boolean)) yield { cell, written: item, match: reference.entities.resolve(item) }
  }
}
