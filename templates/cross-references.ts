import type { HelperDelegate, HelperOptions } from 'handlebars'
import Handlebars from 'handlebars'
import type { Catalog } from '../pipeline/i18n.ts'

const { escapeExpression, SafeString } = Handlebars

/** Where the page number goes in a cross-reference's printed text; the print stage puts the number there. */
export const PAGE_SLOT = '\uE000'

interface PackRoot {
  readonly catalog?: Catalog
  /** The pack's sections, as the contents list them. */
  readonly sections?: readonly { readonly id: string; readonly title: string }[]
}

/** One reference, or null for a section the pack leaves out. */
function reference(id: unknown, { catalog, sections }: PackRoot): string | null {
  const section = sections?.find((s) => s.id === id)
  if (!catalog || !section) return null
  const screen = catalog.t('seeSection', { title: section.title })
  const print = catalog.t('seeSectionPage', { title: section.title, page: PAGE_SLOT })
  const target = escapeExpression(section.id)
  return `<a class="xref" href="#s-${target}" data-xref="${target}" data-print="${escapeExpression(print)}">${escapeExpression(screen)}</a>`
}

/**
 * `{{xrefs see}}`: references to other sections of the pack, made from their ids, never written by
 * hand, in brackets: "(see General Assembly resolutions)" on screen, "…, p. 4" in print (the print
 * stage fills the page from `data-print`, as it fills the contents). A section the pack leaves out is
 * not referred to; with none left, nothing is printed.
 */
function xrefs(ids: unknown, options: HelperOptions): Handlebars.SafeString | string {
  const root = (options.data?.root ?? {}) as PackRoot
  const refs = (Array.isArray(ids) ? ids : [ids]).map((id) => reference(id, root)).filter((ref) => ref !== null)
  return refs.length > 0 ? new SafeString(`(${refs.join('; ')})`) : ''
}

export const crossReferenceHelpers: Record<string, HelperDelegate> = { xrefs }
