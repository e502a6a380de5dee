import { readFile } from 'node:fs/promises'
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, PDFHexString, PDFName, PDFNull, rgb, type PDFFont, type PDFRef } from 'pdf-lib'
import { $ } from 'zx'

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
  setMetadata(doc, meta)
  return doc.save({ updateFieldAppearances: false, useObjectStreams: false })
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
  readonly pdf: Uint8Array
}

export interface PackLayout {
  readonly headerTitle: string
  readonly footerLeft: string
  pageLabel(n: number, total: number): string
  /** Page size in PDF points and the margin the header and footer sit in. */
  readonly marginPt: number
}

function fit(font: PDFFont, text: string, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text
  let cut = text
  while (cut.length > 1 && font.widthOfTextAtSize(`${cut}…`, size) > width) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}…`
}

/**
 * One PDF from the parts printed apart: pages numbered "n of N" across the whole, a running header
 * with the document's title and the part's heading on every page but the cover, one bookmark per part.
 */
export async function assemblePack(parts: readonly PackPart[], layout: PackLayout, meta: PdfMetadata): Promise<{ pdf: Uint8Array; pages: number; starts: Record<string, number> }> {
  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.registerFontkit(fontkit)
  const font = await doc.embedFont(await readFile(await notoSans()), { subset: true, customName: 'NotoSans-Regular' })
  const starts: Record<string, number> = {}
  const outline: { title: string; page: PDFRef }[] = []
  for (const part of parts) {
    const source = await PDFDocument.load(part.pdf, { updateMetadata: false })
    const pages = await doc.copyPages(source, source.getPageIndices())
    starts[part.id] = doc.getPageCount() + 1
    pages.forEach((page, i) => {
      doc.addPage(page)
      if (i === 0 && part.title) outline.push({ title: part.title, page: page.ref })
    })
  }
  const total = doc.getPageCount()
  const grey = rgb(0.36, 0.36, 0.36)
  const size = 7
  let part = 0
  doc.getPages().forEach((page, index) => {
    while (part + 1 < parts.length && index + 1 >= (starts[parts[part + 1]!.id] ?? Infinity)) part++
    const title = parts[part]?.title
    if (!title) return
    const { width, height } = page.getSize()
    const m = layout.marginPt
    const half = (width - 2 * m) / 2 - 6
    const right = (text: string, y: number) => page.drawText(text, { x: width - m - font.widthOfTextAtSize(text, size), y, size, font, color: grey })
    page.drawText(fit(font, layout.headerTitle, size, half), { x: m, y: height - m * 0.62, size, font, color: grey })
    right(fit(font, title, size, half), height - m * 0.62)
    page.drawLine({ start: { x: m, y: height - m * 0.72 }, end: { x: width - m, y: height - m * 0.72 }, thickness: 0.4, color: rgb(0.78, 0.82, 0.87) })
    page.drawText(fit(font, layout.footerLeft, size, half), { x: m, y: m * 0.45, size, font, color: grey })
    right(layout.pageLabel(index + 1, total), m * 0.45)
  })
  addOutline(doc, outline)
  setMetadata(doc, meta)
  return { pdf: await doc.save({ updateFieldAppearances: false, useObjectStreams: false }), pages: total, starts }
}

/** Bookmarks, one per part, pointing at its first page (pdf-lib has no outline API of its own). */
function addOutline(doc: PDFDocument, entries: readonly { title: string; page: PDFRef }[]): void {
  if (entries.length === 0) return
  const context = doc.context
  const root = context.nextRef()
  const refs = entries.map(() => context.nextRef())
  entries.forEach((entry, i) => {
    const item = context.obj({ Title: PDFHexString.fromText(entry.title), Parent: root, Dest: context.obj([entry.page, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]) })
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!)
    if (i < refs.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!)
    context.assign(refs[i]!, item)
  })
  context.assign(root, context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs.at(-1)!, Count: refs.length }))
  doc.catalog.set(PDFName.of('Outlines'), root)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}
