import { AUTHORITATIVE_KINDS, type SourceKind } from '../../pipeline/lib/sources.ts'
import type { ChartSource, Label } from './types.ts'

/** What a chart's source line needs of a source: its publisher, in the document's language, and its kind. */
export interface PublishedBy {
  readonly publisher: string
  readonly kind: SourceKind
}


/**
 * The source line's publisher text for the sources of a chart's rows: each named publisher once, in the
 * order met, then "other sources in the list of sources" for the rest (the document's list names each).
 */
export function chartSource(sources: readonly (PublishedBy | null)[], label: Label): ChartSource {
  const named = [...new Set(sources.flatMap((s) => (s && AUTHORITATIVE_KINDS.has(s.kind) ? [s.publisher] : [])))]
  const others = sources.some((s) => !s || !AUTHORITATIVE_KINDS.has(s.kind))
  return { publisher: [...named, ...(others ? [label('publisherOthers')] : [])].join('; ') }
}

/** Every row of an adopted resolution with a symbol is a UN document, whichever page the row cites. */
export const unDocuments = (label: Label): ChartSource => ({ publisher: label('publisherUnitedNations') })
