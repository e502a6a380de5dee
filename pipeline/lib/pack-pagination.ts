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

/**
 * The parts that open a page, given where each heading fell when printed with only the `always`
 * breaks. Each break taken pushes what follows down by the rest of its page, which is carried on to
 * place the later headings.
 */
export function chooseBreaks(parts: readonly PartLayout[], places: readonly HeadingPlace[], pageHeight: number): { breaks: string[]; starts: number[] } {
  let shift = 0
  const breaks: string[] = []
  const starts: number[] = []
  parts.forEach((part, i) => {
    const place = places[i]!
    const stream = (place.page - 1) * pageHeight + place.offset + shift
    const page = Math.floor(stream / pageHeight)
    const offset = stream - page * pageHeight
    const breakHere = part.breakBefore === 'always' || (part.breakBefore === 'if-full' && offset >= MIN_FILL_BEFORE_BREAK * pageHeight)
    if (breakHere && offset > AT_TOP_PT) {
      shift += pageHeight - offset
      starts.push(page + 2)
    } else starts.push(page + 1)
    if (breakHere) breaks.push(part.id)
  })
  return { breaks, starts }
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
