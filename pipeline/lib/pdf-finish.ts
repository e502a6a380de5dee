import { readFile } from 'node:fs/promises'
import fontkit from '@pdf-lib/fontkit'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, PDFRef, PDFString, rgb, type PDFFont, type PDFObject } from 'pdf-lib'
import { $ } from 'zx'
import { partsOnPages, type HeadingPlace } from './pack-pagination.ts'

/** What a reader's PDF tools show about a document (Properties), the same for every build. */
export interface PdfMetadata {
  readonly title: string
  readonly author: string
  readonly subject: string
  readonly keywords: readonly string[]
  readonly lang: string
  readonly date: Date
}

function setMetadata(doc: PDFDocument, meta: PdfMetadata): void {
  doc.setTitle(meta.title, { showInWindowTitleBar: true })
  doc.setAuthor(meta.author)
  doc.setSubject(meta.subject)
  doc.setKeywords([meta.keywords.join('; ')])
  doc.setLanguage(meta.lang)
  doc.setCreator('un-factsheets')
  doc.setProducer('un-factsheets (Chromium, pdf-lib)')
  doc.setCreationDate(meta.date)
  doc.setModificationDate(meta.date)
}

/**
 * Metadata for a PDF Chromium printed: author, subject, keywords, language and fixed dates. Loading
 * and saving keeps every object, the tagged structure and the outline included.
 */
export async function finishPdf(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  renumberStructureIds(doc)
  setMetadata(doc, meta)
  return doc.save({ updateFieldAppearances: false, useObjectStreams: false })
}

const NODE_ID = /^node(\d+)$/

/**
 * Chromium names the tagged structure's elements after its DOM node counter (`/ID (node00000853)`, used
 * again in table cells' `/Headers` and the ID tree), which runs on across documents printed in the same
 * renderer: the same document would get other names when printed beside another. The names are
 * renumbered in the order the file first uses them, and the ID tree rebuilt sorted, so the bytes are
 * the same whatever else was printed.
 */
function renumberStructureIds(doc: PDFDocument): void {
  const renamed = new Map<string, PDFString>()
  const rename = (value: PDFObject): PDFObject => {
    if (value instanceof PDFString && NODE_ID.test(value.asString())) {
      const id = value.asString()
      if (!renamed.has(id)) renamed.set(id, PDFString.of(`node${String(renamed.size + 1).padStart(8, '0')}`))
      return renamed.get(id)!
    }
    if (value instanceof PDFDict) for (const [key, entry] of value.entries()) value.set(key, rename(entry))
    else if (value instanceof PDFArray) value.asArray().forEach((entry, i) => value.set(i, rename(entry)))
    return value
  }
  const tree = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  const idTree = tree?.lookupMaybe(PDFName.of('IDTree'), PDFDict)
  for (const [, object] of doc.context.enumerateIndirectObjects()) rename(object)
  if (!tree || !idTree) return
  // Every (name, element) pair of the tree's leaves, in one sorted leaf; the old nodes are dropped.
  const pairs: [string, PDFObject][] = []
  const oldNodes: PDFRef[] = []
  const collect = (node: PDFDict) => {
    const names = node.lookupMaybe(PDFName.of('Names'), PDFArray)?.asArray() ?? []
    for (let i = 0; i + 1 < names.length; i += 2) pairs.push([(names[i] as PDFString).asString(), names[i + 1]!])
    for (const kid of node.lookupMaybe(PDFName.of('Kids'), PDFArray)?.asArray() ?? []) {
      const child = doc.context.lookup(kid)
      if (kid instanceof PDFRef) oldNodes.push(kid)
      if (child instanceof PDFDict) collect(child)
    }
  }
  const root = tree.get(PDFName.of('IDTree'))
  if (root instanceof PDFRef) oldNodes.push(root)
  collect(idTree)
  for (const ref of oldNodes) doc.context.delete(ref)
  pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  tree.set(PDFName.of('IDTree'), doc.context.register(doc.context.obj({ Names: pairs.flatMap(([name, element]) => [PDFString.of(name), element]) })))
}

let fontFile: Promise<string> | null = null

/** The Noto Sans file fontconfig knows (it covers Latin and Cyrillic, ң ө ү included). */
function notoSans(): Promise<string> {
  fontFile ??= $`fc-match -f %{file} ${'Noto Sans:style=Regular'}`.quiet().then((out) => out.stdout.trim())
  return fontFile
}

export interface PackPart {
  readonly id: string
  /** The heading of the part, for the running header and the outline; null for the cover. */
  readonly title: string | null
  /** Where its heading was printed: the page, from 1, and the height below the content top. */
  readonly place: HeadingPlace
}

export interface PackLayout {
  readonly headerTitle: string
  readonly footerLeft: string
  pageLabel(n: number, total: number): string
  /** The side and bottom margin the header and footer sit in, in PDF points. */
  readonly marginPt: number
  /** The top margin: where the content, and so the height of a heading's place, starts. */
  readonly topMarginPt: number
}

function fit(font: PDFFont, text: string, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text
  let cut = text
  while (cut.length > 1 && font.widthOfTextAtSize(`${cut}…`, size) > width) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}…`
}

/**
 * The printed pack finished in place: pages numbered "n of N", a running header with the document's
 * title and the headings of the parts printed on the page (a part may start mid-page) on every page
 * but the cover's, and one bookmark per part instead of Chromium's outline of every heading.
 * Chromium's structure tree (which it makes for the outline) stays: the pack is a tagged PDF like the sheet.
 */
export async function assemblePack(doc: PDFDocument, parts: readonly PackPart[], layout: PackLayout, meta: PdfMetadata): Promise<{ pdf: Uint8Array; pages: number }> {
  doc.registerFontkit(fontkit)
  // Only the glyphs the headers and footers use are embedded; the name carries a subset tag, as the
  // PDF format asks of a subset (a fixed one, so that a build gives the same bytes every time).
  const font = await doc.embedFont(await readFile(await notoSans()), { subset: true, customName: 'PACKHF+NotoSans-Regular' })
  dropOutline(doc)
  renumberStructureIds(doc)
  const pages = doc.getPages()
  const total = pages.length
  const onPage = partsOnPages(parts.map((part) => part.place), total)
  const grey = rgb(0.36, 0.36, 0.36)
  const size = 7
  pages.forEach((page, index) => {
    const title = onPage[index]!.flatMap((i) => parts[i]!.title ?? []).join(' · ')
    if (!title) return
    const { width, height } = page.getSize()
    const m = layout.marginPt
    const half = (width - 2 * m) / 2 - 6
    const right = (text: string, y: number) => page.drawText(text, { x: width - m - font.widthOfTextAtSize(text, size), y, size, font, color: grey })
    // The document's title takes at most half the line; the parts on the page take the rest.
    const headerTitle = fit(font, layout.headerTitle, size, half)
    page.drawText(headerTitle, { x: m, y: height - m * 0.62, size, font, color: grey })
    right(fit(font, title, size, width - 2 * m - font.widthOfTextAtSize(headerTitle, size) - 18), height - m * 0.62)
    page.drawLine({ start: { x: m, y: height - m * 0.72 }, end: { x: width - m, y: height - m * 0.72 }, thickness: 0.4, color: rgb(0.78, 0.82, 0.87) })
    page.drawText(fit(font, layout.footerLeft, size, half), { x: m, y: m * 0.45, size, font, color: grey })
    right(layout.pageLabel(index + 1, total), m * 0.45)
  })
  const bookmarks = parts.flatMap((part) => {
    const page = pages[part.place.page - 1]
    return part.title && page ? [{ title: part.title, page: page.ref, top: page.getHeight() - layout.topMarginPt - part.place.offset }] : []
  })
  addOutline(doc, bookmarks)
  setMetadata(doc, meta)
  return { pdf: await doc.save({ updateFieldAppearances: false, useObjectStreams: false }), pages: total }
}

export function loadPdf(pdf: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(pdf, { updateMetadata: false })
}

const outlineItems = (first: PDFDict | undefined): PDFDict[] => {
  const items: PDFDict[] = []
  for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) items.push(item)
  return items
}

/** Where each top-level bookmark of Chromium's outline points (its heading), in the bookmarks' order; page 0 when it points nowhere. */
export function outlinePlaces(doc: PDFDocument, topMarginPt: number): HeadingPlace[] {
  const pages = doc.getPages()
  const pageRefs = pages.map((page) => page.ref.toString())
  const first = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict)
  return outlineItems(first).map((item) => {
    const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray)
    const page = dest ? pageRefs.indexOf(String(dest.get(0))) + 1 : 0
    const top = dest?.get(3)
    const contentTop = page > 0 ? pages[page - 1]!.getHeight() - topMarginPt : 0
    return { page, offset: top instanceof PDFNumber ? Math.max(0, contentTop - top.asNumber()) : 0 }
  })
}

/** Removes the outline and every bookmark object, so that none is left in the file unreferenced. */
function dropOutline(doc: PDFDocument): void {
  const root = doc.catalog.get(PDFName.of('Outlines'))
  const refs: PDFRef[] = root instanceof PDFRef ? [root] : []
  const walk = (parent: PDFDict | undefined) => {
    for (let ref = parent?.get(PDFName.of('First')); ref instanceof PDFRef; ) {
      refs.push(ref)
      const item = doc.context.lookupMaybe(ref, PDFDict)
      walk(item)
      ref = item?.get(PDFName.of('Next'))
    }
  }
  walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict))
  for (const ref of refs) doc.context.delete(ref)
  doc.catalog.delete(PDFName.of('Outlines'))
}

/** Bookmarks, one per part, pointing at its heading (pdf-lib has no outline API of its own). */
function addOutline(doc: PDFDocument, entries: readonly { title: string; page: PDFRef; top: number }[]): void {
  if (entries.length === 0) return
  const context = doc.context
  const root = context.nextRef()
  const refs = entries.map(() => context.nextRef())
  entries.forEach((entry, i) => {
    const item = context.obj({ Title: PDFHexString.fromText(entry.title), Parent: root, Dest: context.obj([entry.page, PDFName.of('XYZ'), PDFNull, PDFNumber.of(entry.top), PDFNull]) })
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!)
    if (i < refs.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!)
    context.assign(refs[i]!, item)
  })
  context.assign(root, context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs.at(-1)!, Count: refs.length }))
  doc.catalog.set(PDFName.of('Outlines'), root)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}
