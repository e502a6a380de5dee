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

/**
 * `{{xref "resolutions"}}`: a reference to another section of the pack, made from its id, never written
 * by hand: "see General Assembly resolutions" on screen, "…, p. 4" in print (the print stage fills the
 * page from `data-print`, as it fills the contents). A section the pack leaves out gives nothing.
 */
function xref(id: unknown, options: HelperOptions): Handlebars.SafeString | string {
  const { catalog, sections } = (options.data?.root ?? {}) as PackRoot
  const section = sections?.find((s) => s.id === id)
  if (!catalog || !section) return ''
  const screen = catalog.t('seeSection', { title: section.title })
  const print = catalog.t('seeSectionPage', { title: section.title, page: PAGE_SLOT })
  const target = escapeExpression(section.id)
  return new SafeString(`<a class="xref" href="#s-${target}" data-xref="${target}" data-print="${escapeExpression(print)}">${escapeExpression(screen)}</a>`)
}

export const crossReferenceHelpers: Record<string, HelperDelegate> = { xref }
