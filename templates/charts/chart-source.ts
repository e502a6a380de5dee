import type { ChartSource, Label } from './types.ts'

/**
 * Publishers named in a chart's source line, by the link a row cites: the UN's own sites, its agencies,
 * and the two research datasets the derived tables come from. Any other source is summed up as "other
 * sources" (the document's source list names each). This bridges rows that cite URLs; once rows cite
 * source ids, the sources table gives each row's publisher and replaces this list.
 */
const PUBLISHERS: readonly { readonly pattern: RegExp; readonly key: string }[] = [
  { pattern: /^https?:\/\/(?:[\w-]+\.)*(?:un\.org|undocs\.org|unmissions\.org)(?:\/|$)/, key: 'publisherUnitedNations' },
  { pattern: /^https?:\/\/(?:[\w-]+\.)*unesco\.org(?:\/|$)/, key: 'publisherUnesco' },
  { pattern: /^https?:\/\/(?:[\w-]+\.)*itu\.int(?:\/|$)/, key: 'publisherItu' },
  { pattern: /^https:\/\/github\.com\/rfordatascience\/tidytuesday\/.*2021-03-23/, key: 'publisherVotingData' },
  { pattern: /^https:\/\/github\.com\/corinnee\/UN_Peacekeeping_Analytics\//, key: 'publisherPeacekeepingData' },
]

/** The source line's publisher text for rows citing `sources`, known publishers first, in the order met. */
export function chartSource(sources: readonly string[], label: Label): ChartSource {
  const keys = sources.map((s) => PUBLISHERS.find((p) => p.pattern.test(s.trim()))?.key ?? 'publisherOthers')
  const unique = [...new Set(keys)].sort((a, b) => Number(a === 'publisherOthers') - Number(b === 'publisherOthers'))
  return { publisher: unique.map((k) => label(k)).join('; ') }
}

/** Every row of an adopted resolution with a symbol is a UN document, whichever page the row cites. */
export const unDocuments = (label: Label): ChartSource => ({ publisher: label('publisherUnitedNations') })
