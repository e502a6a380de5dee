import { describe, expect, it } from 'vitest'
import { AT_TOP_PT, chooseBreaks, MIN_FILL_BEFORE_BREAK, partsOnPages, type PartLayout } from '../pipeline/lib/pack-pagination.ts'

const H = 700
const part = (id: string, breakBefore: PartLayout['breakBefore']): PartLayout => ({ id, breakBefore })

describe('choosing where the pack opens a page', () => {
  it('breaks before an `if-full` part only when the page it closes is full enough, and carries the shift on', () => {
    const parts = [part('cover', 'never'), part('a', 'always'), part('b', 'if-full'), part('c', 'if-full'), part('d', 'never')]
    // Printed flowing: b starts 80 % down page 3, c a fifth down page 4, d half down page 4.
    const places = [{ page: 1, offset: 0 }, { page: 2, offset: 0 }, { page: 3, offset: 0.8 * H }, { page: 4, offset: 0.2 * H }, { page: 4, offset: 0.5 * H }]
    const { breaks, starts } = chooseBreaks(parts, places, H)
    // b's break pushes c down to 0.4 of page 4: too little to close a page, so c flows on; d follows.
    expect(breaks).toEqual(['a', 'b'])
    expect(starts).toEqual([1, 2, 4, 4, 4])
  })

  it('takes the break at exactly the minimum fill, and none for a part that already opens its page', () => {
    const parts = [part('a', 'always'), part('b', 'if-full'), part('c', 'if-full')]
    const places = [{ page: 1, offset: 0 }, { page: 1, offset: MIN_FILL_BEFORE_BREAK * H }, { page: 3, offset: AT_TOP_PT / 2 }]
    expect(chooseBreaks(parts, places, H)).toEqual({ breaks: ['a', 'b', 'c'], starts: [1, 2, 4] })
  })

  it('lets a `never` part flow on however full the page', () => {
    const { breaks, starts } = chooseBreaks([part('a', 'always'), part('b', 'never')], [{ page: 1, offset: 0 }, { page: 1, offset: 0.9 * H }], H)
    expect(breaks).toEqual(['a'])
    expect(starts).toEqual([1, 1])
  })
})

describe('the parts printed on each page', () => {
  it('shares a page between a part that ends and one that starts mid-page, but not with one that opens the page', () => {
    const places = [{ page: 1, offset: 0 }, { page: 2, offset: 0 }, { page: 3, offset: 300 }, { page: 3, offset: 500 }, { page: 5, offset: 0 }]
    expect(partsOnPages(places, 6)).toEqual([[0], [1], [1, 2, 3], [3], [4], [4]])
  })
})

describe('the last page', () => {
  it('gives back the latest break whose white space takes the last few lines, so no page holds only them', () => {
    const parts = [part('a', 'always'), part('b', 'if-full'), part('c', 'if-full')]
    // Flowing: b at 0.6 of page 1, c at 0.3 of page 2. b's break puts c at 0.7 of page 2, so c opens page 3.
    const places = [{ page: 1, offset: 0 }, { page: 1, offset: 0.6 * H }, { page: 2, offset: 0.3 * H }]
    expect(chooseBreaks(parts, places, H, 0.5 * H)).toEqual({ breaks: ['a', 'b', 'c'], starts: [1, 2, 3] })
    // A c 1.1 pages long would put a tenth of a page on page 4; without its break (0.3 of white) it ends on page 3.
    expect(chooseBreaks(parts, places, H, 1.1 * H)).toEqual({ breaks: ['a', 'b'], starts: [1, 2, 2] })
  })

  it('keeps the breaks when none has the white space to take the spill', () => {
    const parts = [part('a', 'always'), part('b', 'if-full')]
    const places = [{ page: 1, offset: 0 }, { page: 1, offset: 0.9 * H }]
    expect(chooseBreaks(parts, places, H, 1.2 * H).breaks).toEqual(['a', 'b'])
  })
})
