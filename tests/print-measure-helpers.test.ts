import { describe, expect, it } from 'vitest'
import { classifyWords, locateCanvas, pageFill, runningWords, type DrawnCanvas, type PdfPage, type Word } from './helpers/pdf-words.ts'
import { englishOnlyTitles, internalVocabulary, latinRuns, russianAcronyms } from './helpers/reader-checks.ts'

const w = (text: string, xMin: number, yMin: number, size = 8): Word => ({ text, xMin, yMin, xMax: xMin + 5 * text.length, yMax: yMin + size * 1.362, size })
const page = (number: number, words: Word[]): PdfPage => ({ number, width: 600, height: 800, words })
/** A page with a running header and footer, and body text from y = 60 down to `bottom`. */
const packPage = (number: number, bottom: number) =>
  page(number, [w('Country', 50, 20), w(`Section${number}`, 400, 20), w('Page', 450, 780), w(String(number), 480, 780), w(`Body${number}`, 50, 60), w('end', 50, bottom)])

describe('runningWords and pageFill', () => {
  const pages = [packPage(1, 700), packPage(2, 200), packPage(3, 380), packPage(4, 700)]

  it('takes the lines repeated at the same place on most pages as header and footer, with their changing words', () => {
    const running = [...runningWords(pages)].map((x) => x.text)
    expect(running).toEqual(expect.arrayContaining(['Country', 'Section2', 'Page', '3']))
    expect(running).not.toContain('Body2')
    expect(running).not.toContain('end')
  })

  it('measures each page from the body’s top to its lowest word, against the fullest page', () => {
    const fill = pageFill(pages)
    const full = 700 + 8 * 1.362 - 60
    expect(fill[0]).toBeCloseTo(1)
    expect(fill[1]).toBeCloseTo((200 + 8 * 1.362 - 60) / full)
    expect(fill[2]).toBeCloseTo((380 + 8 * 1.362 - 60) / full)
  })

  it('stops at the first line from the edge that does not recur: a repeated table header is body', () => {
    const below = pages.map((p) => page(p.number, [...p.words.filter((x) => x.text !== `Body${p.number}`), w(`Intro${p.number}`, 50, 40), w('Session', 50, 60)]))
    expect([...runningWords(below)].map((x) => x.text)).not.toContain('Session')
  })

  it('finds no running lines in a one-page document', () => {
    expect(runningWords([packPage(1, 300)]).size).toBe(0)
  })
})

describe('locateCanvas', () => {
  // A canvas of 680 × 200 bitmap pixels printed at 0.35 pt per pixel, its top left at (40, 300).
  const k = 0.35
  const labels = [
    { text: 'UNMIL', left: 10, top: 20 },
    { text: 'UNMISS', left: 10, top: 60 },
    { text: 'UNAMID', left: 10, top: 100 },
    { text: '2004', left: 200, top: 170 },
    { text: '2012', left: 400, top: 170 },
    { text: 'Kyrgyz personnel', left: 500, top: 5 },
  ]
  const canvas: DrawnCanvas = { id: 'c', width: 680, height: 200, texts: labels.map((l) => ({ ...l, height: 18, upright: true, box: { left: l.left, top: l.top, right: l.left + 60, bottom: l.top + 18 }, bitmapPx: 18 / 1.362 })) }
  const size = (18 * k) / 1.362
  const printed = labels.map((l) => w(l.text.split(' ')[0]!, 40 + k * l.left, 300 + k * l.top, size))
  // The same words elsewhere on the page, as body text, must not draw the chart there.
  const decoys = [w('UNMIL', 300, 100), w('2004', 320, 100), w('UNAMID', 90, 600)]

  it('finds the canvas where its drawn labels are, whatever else the page says', () => {
    const rect = locateCanvas([page(1, []), page(2, [...decoys, ...printed])], canvas)
    expect(rect?.page).toBe(2)
    expect(rect!.xMin).toBeCloseTo(39, 0)
    expect(rect!.yMin).toBeCloseTo(299, 0)
    expect(rect!.xMax).toBeCloseTo(40 + k * 680 + 1, 0)
    expect(rect!.yMax).toBeCloseTo(300 + k * 200 + 1, 0)
  })

  it('gives null when the labels are not in the PDF (a chart printed as a picture, or not at all)', () => {
    expect(locateCanvas([page(1, decoys)], canvas)).toBeNull()
  })

  it('lets classifyWords tell chart labels from text', () => {
    const pages = [page(1, [...decoys, ...printed])]
    const words = classifyWords(pages, [locateCanvas(pages, canvas)!])
    expect(words.filter((x) => x.kind === 'chart').map((x) => x.text).sort()).toEqual(['2004', '2012', 'Kyrgyz', 'UNAMID', 'UNMIL', 'UNMISS'])
    expect(words.filter((x) => x.kind === 'text')).toHaveLength(decoys.length)
  })

  it('sizes a word the chart drew turned from the drawing, scaled as the upright labels print', () => {
    // An axis title along the left edge, set at 20 bitmap px (7 pt at 0.35 pt a pixel), running up from y = 190 to y = 40.
    const title = { text: 'persons per year', left: 0, top: 190, height: 27.2, upright: false, box: { left: 2, top: 40, right: 29.5, bottom: 190 }, bitmapPx: 20 }
    const turned: DrawnCanvas = { ...canvas, texts: [...canvas.texts, title] }
    // On its side, its box is as long as the word: the box's height says nothing of the type size.
    const side: Word = { text: 'persons', xMin: 40 + k * 2, yMin: 300 + k * 120, xMax: 40 + k * 2 + 7 * 1.362, yMax: 300 + k * 180, size: (k * 60) / 1.362 }
    const pages = [page(1, [...printed, side])]
    const region = locateCanvas(pages, turned)!
    expect(region.turned).toHaveLength(1)
    const words = classifyWords(pages, [region])
    expect(words.find((x) => x.text === 'persons')).toMatchObject({ kind: 'chart', size: expect.closeTo(7, 5) })
    expect(words.find((x) => x.text === 'UNMIL')).toMatchObject({ kind: 'chart', size: expect.closeTo(size, 5) })
  })
})

describe('internalVocabulary', () => {
  it('finds the pipeline’s words, files, paths and research leftovers', () => {
    const text = 'about 150 by the time of the seed (draft dataset); see resolutions.csv, line 12; (local copy: shared/corpus/x/roll_calls.csv); symbol not found; title not seen; /work/main/out'
    const found = internalVocabulary(text).map((hit) => hit.split(' in ')[0]).join(' | ')
    for (const term of ['seed', 'dataset', 'resolutions.csv', 'shared/corpus', '/work/', 'local copy', 'line 12', 'not found', 'not seen']) expect(found).toContain(term)
  })

  it('finds them in Russian and Kyrgyz', () => {
    const found = internalVocabulary('(проект набора данных) номер не найден; миссия не установлена; (маалымат топтомунун долбоору) белгиси табылган жок').join(' ')
    for (const term of ['набора данных', 'не найден', 'не установлена', 'маалымат топтом', 'табылган жок']) expect(found).toContain(term)
  })

  it('leaves reader text, UN symbols and short links alone', () => {
    expect(internalVocabulary('Terms unknown for 9 bodies. A/RES/77/172; un.org/en/ga/62/plenary/election_sc; peacekeeping.un.org/data.csv; kyrgyzstan.un.org/en/home/we/who; draft resolution A/77/L.5')).toEqual([])
  })
})

describe('latinRuns', () => {
  it('finds three or more Latin-script words in a row', () => {
    expect(latinRuns('Резолюция no term is given add the term; ООН')).toEqual(['no term is given add the term'])
    expect(latinRuns('в рамках High-level political forum')).toEqual(['High level political forum'])
  })

  it('lets through the English-only titles and publishers of the sources table, and no others', () => {
    const sources = [
      { kind: 'press', publisher: 'Kabar', publisher_ru: '', title: 'Kyrgyzstan elected for 2025-2029', title_ru: '' },
      { kind: 'un-document', publisher: 'United Nations General Assembly', publisher_ru: 'Генеральная Ассамблея ООН', title: 'International Year of Mountains, 2002', title_ru: '' },
    ]
    const allowed = englishOnlyTitles(sources, 'ru')
    expect(allowed).toEqual(['Kyrgyzstan elected for 2025-2029', 'Kabar'])
    expect(latinRuns('12. Kabar, «Kyrgyzstan elected for 2025–2029», 2010. 13. Генеральная Ассамблея ООН, International Year of Mountains, 2002', allowed)).toEqual(['International Year of Mountains'])
    // A title as a line broke it; a part of one is not the work's title.
    expect(latinRuns('Trend, Kyrgyzstan elected for 2025- 2029; Kyrgyzstan elected for', allowed)).toEqual(['Kyrgyzstan elected for'])
  })

  it('does not count acronyms, symbols, links or allowed names', () => {
    expect(latinRuns('ПРООН (UNDP), ЮНИСЕФ (UNICEF UNFPA WHO) A/RES/77/172 undocs.org/ru/A/RES/77/172 Erik Voeten, «unvotes»')).toEqual([])
    expect(latinRuns('две Latin words только')).toEqual([])
    expect(latinRuns('news.un.org/en/story/2026/06/kyrgyzstan- un-security-council-vote')).toEqual([])
  })
})

describe('russianAcronyms', () => {
  it('finds Russian acronyms, alone or with a Kyrgyz ending', () => {
    expect(russianAcronyms('Коопсуздук кеңеши (СБ ООН); ООНдун; СПЧнын; МООНК, МООНЮС')).toEqual(['СБ ООН', 'ООН', 'СПЧ', 'МООНК', 'МООНЮС'])
  })

  it('leaves Kyrgyz acronyms and words that merely contain the letters', () => {
    expect(russianAcronyms('БУУ КК, ЮНЕСКО, БУУнун, КУРАМЫ, Куран, ЭКОСОС')).toEqual([])
  })
})
