/**
 * Where the briefing pack's parts start a page. Sections flow on; a page break is taken only before a
 * part that may open a page, and only when the page it closes is well filled, so that a section's last
 * lines never take a page of their own. Decided from where the headings fall when the pack is printed
 * flowing (Chromium's outline gives each heading's page and height), then printed again.
 */

/** `always`: the part opens a page (the cover's end, the main body); `if-full`: when the page it closes is full enough; `never`: it flows on. */
export type BreakBefore = 'always' | 'if-full' | 'never'

export interface PartLayout {
  readonly id: string
  readonly breakBefore: BreakBefore
}

/** Where a heading was printed: its page (from 1) and its top, in points from the page's content top. */
export interface HeadingPlace {
  readonly page: number
  readonly offset: number
}

/** A break is taken only when it leaves the page it closes at least this full. */
export const MIN_FILL_BEFORE_BREAK = 0.5
/** A heading this close to the content top is at the top of its page (its own line box and padding). */
export const AT_TOP_PT = 12

/** The last page should hold more than a few spill-over lines: below this, a break is given back if that pulls them up. */
export const MIN_LAST_FILL = 0.25

interface Layout {
  readonly breaks: string[]
  readonly starts: number[]
  /** Where the last part ends, as a height down the whole run of pages. */
  readonly end: number
  /** The white space each `if-full` break leaves at the foot of the page it closes. */
  readonly gaps: { readonly id: string; readonly space: number }[]
}

function layOutParts(parts: readonly PartLayout[], places: readonly HeadingPlace[], pageHeight: number, lastHeight: number, givenBack: ReadonlySet<string>): Layout {
  let shift = 0
  const breaks: string[] = []
  const starts: number[] = []
  const gaps: { id: string; space: number }[] = []
  let stream = 0
  parts.forEach((part, i) => {
    const place = places[i]!
    stream = (place.page - 1) * pageHeight + place.offset + shift
    const page = Math.floor(stream / pageHeight)
    const offset = stream - page * pageHeight
    const breakHere = part.breakBefore === 'always' || (part.breakBefore === 'if-full' && !givenBack.has(part.id) && offset >= MIN_FILL_BEFORE_BREAK * pageHeight)
    if (breakHere && offset > AT_TOP_PT) {
      shift += pageHeight - offset
      stream += pageHeight - offset
      if (part.breakBefore === 'if-full') gaps.push({ id: part.id, space: pageHeight - offset })
      starts.push(page + 2)
    } else starts.push(page + 1)
    if (breakHere) breaks.push(part.id)
  })
  return { breaks, starts, end: stream + lastHeight, gaps }
}

/**
 * The parts that open a page, given where each heading fell when printed with only the `always`
 * breaks, and the height of the last part. Each break taken pushes what follows down by the rest of
 * its page, which is carried on to place the later headings. Should the last page then hold only a
 * few lines, a break is given back if that saves the page (the others may then fall elsewhere).
 */
export function chooseBreaks(parts: readonly PartLayout[], places: readonly HeadingPlace[], pageHeight: number, lastHeight = 0): { breaks: string[]; starts: number[] } {
  const pagesOf = (layout: Layout) => Math.ceil(layout.end / pageHeight - AT_TOP_PT / pageHeight)
  const layout = layOutParts(parts, places, pageHeight, lastHeight, new Set())
  const lastFill = layout.end / pageHeight - Math.floor(layout.end / pageHeight)
  // Each break given back alone; the one that saves a page is kept (the latest, should several).
  const shorter = lastFill > 0 && lastFill < MIN_LAST_FILL
    ? layout.gaps.map((gap) => layOutParts(parts, places, pageHeight, lastHeight, new Set([gap.id]))).filter((other) => pagesOf(other) < pagesOf(layout)).at(-1)
    : undefined
  const chosen = shorter ?? layout
  return { breaks: chosen.breaks, starts: chosen.starts }
}

/**
 * The parts printed on each page (indexes into `places`, in order): a part runs from its heading to
 * the next part's, and shares the next part's first page unless that part opens the page.
 */
export function partsOnPages(places: readonly HeadingPlace[], pages: number): number[][] {
  const onPage: number[][] = Array.from({ length: pages }, () => [])
  places.forEach((place, i) => {
    const next = places[i + 1]
    const last = next ? (next.offset > AT_TOP_PT ? next.page : next.page - 1) : pages
    for (let page = place.page; page <= Math.max(place.page, last); page++) onPage[page - 1]?.push(i)
  })
  return onPage
}
