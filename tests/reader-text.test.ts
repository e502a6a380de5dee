import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FORBIDDEN_TERMS, readerTextHits, visibleText } from '../pipeline/lib/reader-text.ts'
import { jsonOrigins, originOf, type TextOrigin } from '../pipeline/lib/text-origins.ts'
import { fixtures } from './helpers/fixtures.ts'

const fixture = (name: string) => readFileSync(path.join(fixtures, 'reader-text', name), 'utf8')

describe('the text a reader sees', () => {
  it('keeps the words of the page and the strings of its JSON data, not tags, attributes, styles, code or comments', () => {
    const text = visibleText(fixture('clean.html'))
    expect(text).toContain('Key facts')
    expect(text).toContain('General Assembly resolutions by session')
    expect(text).toContain('Voting data, Harvard Dataverse')
    for (const hidden of ['memberships.csv', 'color: red', 'fetch(', 'placeholder for the editor', 'validation.json', 'https://example.org']) expect(text).not.toContain(hidden)
  })

  it('decodes entities, so a no-break space does not hide a forbidden phrase', () => {
    expect(visibleText('<p>номер не&nbsp;найден &amp; “x”</p>')).toBe('номер не найден & “x”')
  })
})

describe('the reader-text check', () => {
  it('finds nothing in a clean document, in English and Russian, though its code and attributes use the words', () => {
    expect(readerTextHits(visibleText(fixture('clean.html')))).toEqual([])
  })

  it('finds every leak of a document, with the term and the text around it', () => {
    const hits = readerTextHits(visibleText(fixture('leak.html')))
    expect(hits.map((h) => [h.term, h.found])).toEqual([
      ['набор данных', 'проект набора данных'],
      ['seed', 'seed'],
      ['не найден', 'не найден'],
      ['local copy', 'local copy'],
      ['local path', 'shared/corpus/unga-votes/roll_calls.csv'],
      ['file name', 'votes_summary.csv'],
    ])
    expect(hits[1]!.context).toBe('…ых) about 150 served by the time of the seed [4] 57‑я сессия (номер не найден) (loca…')
    expect(hits.every((h) => h.why.length > 10)).toBe(true)
  })

  it.each([
    ['the source document, cited as “seed”', 'seed'],
    ['(draft dataset)', 'dataset'],
    ['see resolutions.csv', 'file name'],
    ['written to validation.json', 'file name'],
    ['/work/out/x.html', 'local path'],
    ['from sources/kyrgyzstan', 'local path'],
    ['symbol not found', 'not found'],
    ['official title not seen', 'not found'],
    ['mission not identified', 'not found'],
    ['memberships, line 12', 'line number'],
    ['Note to the editor: check', 'note to the editor'],
    ['срок не установлен', 'не найден'],
    ['мөөнөтү аныкталган эмес', 'табылган жок'],
    ['Recalled, not verified', 'recalled, not verified'],
    ['TODO: check', 'TODO'],
    ['a placeholder row', 'placeholder'],
    ['Не найдено официальное название', 'не найден'],
    ['маалымат топтомунун долбоору', 'маалымат топтому'],
    ['расмий аталышы табылган жок', 'табылган жок'],
  ])('catches %j as %s', (text, term) => {
    expect(readerTextHits(text).map((h) => h.term)).toEqual([term])
  })

  it.each([
    'It succeeded.',
    'Seedlings of a datasetting sun',
    'data on 9 bodies',
    'Resolution 77/172 (not yet in force)',
    'набор услуг',
    'маалымат',
    'UN in Kyrgyzstan, kg.one.un.org/content/unct/kyrgyzstan/en/home/we/who',
    'Voting data, github.com/rfordatascience/tidytuesday/data/roll_calls.csv',
  ])(
    'lets %j through',
    (text) => expect(readerTextHits(text)).toEqual([]),
  )

  it('names each term once, with a reason', () => {
    expect(new Set(FORBIDDEN_TERMS.map((t) => t.term)).size).toBe(FORBIDDEN_TERMS.length)
  })
})

describe('where a leak comes from', () => {
  const cell = (line: number, text: string): TextOrigin => ({ table: 'milestones', file: 'milestones.csv', line, column: 3, field: 'event', text })
  const origins = [cell(2, 'seed'), cell(6, 'Kyrgyz peacekeepers: about 150 served by the time of the seed'), ...jsonOrigins('ru.json', '{\n  "noSymbol": "номер не найден",\n  "stateUnknown": "срок не установлен"\n}')]

  it('is the text that agrees with the page around the word, typographic quotes and spaces aside', () => {
    const [hit] = readerTextHits('Peacekeeping. Kyrgyz peacekeepers: about 150 served by the time of the seed [4] 2009')
    expect(originOf(hit!, origins)).toMatchObject({ line: 6 })
    const [symbol] = readerTextHits('49‑я сессия (номер\u00a0не найден) Международный год гор')
    expect(originOf(symbol!, origins)).toMatchObject({ file: 'ru.json', line: 2, field: 'noSymbol' })
    const [label] = readerTextHits('Комиссия 2000– срок не установлен [4]')
    expect(originOf(label!, origins)).toMatchObject({ line: 3, field: 'stateUnknown' })
  })

  it('is not named when only the word itself agrees', () => {
    const [hit] = readerTextHits('Cited as the seed here')
    expect(originOf(hit!, origins)).toBeNull()
  })
})
