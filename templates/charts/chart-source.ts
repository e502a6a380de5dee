import { AUTHORITATIVE_KINDS, type SourceKind } from '../../pipeline/lib/sources.ts'
import type { ChartSource, Label } from './types.ts'

/** What a chart's source line needs of a source: its publisher, in the document's language, and its kind. */
export interface PublishedBy {
  readonly publisher: string
  readonly kind: SourceKind
}

/** Publishers named when a chart rests on no UN or government source: a line, not the list of sources. */
const OTHERS_NAMED = 2

const authoritative = (s: PublishedBy | null): s is PublishedBy => s !== null && AUTHORITATIVE_KINDS.has(s.kind)
const publishers = (sources: readonly PublishedBy[]) => [...new Set(sources.map((s) => s.publisher).filter((p) => p !== ''))]

/**
 * The source line's publisher text for the sources of a chart's rows: each UN or government publisher
 * once, in the order met, then "other sources in the list of sources" for the rest (the document's list
 * names each). A chart with no UN or government source names its first publishers instead, so that the
 * reader sees whose data it is.
 */
export function chartSource(sources: readonly (PublishedBy | null)[], label: Label): ChartSource {
  const official = publishers(sources.filter(authoritative))
  const known = sources.filter((s): s is PublishedBy => s !== null)
  const named = official.length > 0 ? official : publishers(known).slice(0, OTHERS_NAMED)
  const isNamed = (s: PublishedBy | null) => s !== null && named.includes(s.publisher) && (official.length === 0 || authoritative(s))
  const others = sources.some((s) => !isNamed(s))
  return { publisher: [...named, ...(others ? [label('publisherOthers')] : [])].join('; ') }
}

/** Every row of an adopted resolution with a symbol is a UN document, whichever page the row cites. */
export const unDocuments = (label: Label): ChartSource => ({ publisher: label('publisherUnitedNations') })
