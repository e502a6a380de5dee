import { describe, expect, it } from 'vitest'
import { typeset, typesetHtml } from '../pipeline/lib/typography.ts'

const NB = '\u00A0'
const H = '\u2011'

describe('typeset: no-break spaces', () => {
  it.each([
    ['ru', 'избран 3 июня 2026 года 142 голосами', `избран 3${NB}июня 2026${NB}года 142${NB}голосами`],
    ['ru', '«за» — 86 %, «против» — 2%', `«за»${NB}— 86${NB}%, «против»${NB}— 2${NB}%`],
    ['ru', '1 932 заносимых в отчет голосования', `1${NB}932${NB}заносимых в${NB}отчет голосования`],
    ['ky', '2026-жылдын 3-июнунда 142 добуш менен', `2026${H}жылдын${NB}3${H}июнунда 142${NB}добуш менен`],
    ['ky', '«макул» — 86 %', `«макул»${NB}— 86${NB}%`],
    ['en', 'elected on 3 June 2026 with 142 votes, 86 % yes', `elected on 3${NB}June 2026${NB}with 142${NB}votes, 86% yes`],
    ['en', 'see p. 4', `see p.${NB}4`],
  ])('%s: %s', (lang, text, expected) => {
    expect(typeset(text, lang)).toBe(expected)
  })
})

describe('typeset: dashes and hyphens', () => {
  it('sets year ranges with an en dash and leaves ISO dates and symbols alone', () => {
    expect(typeset('terms 2013-2015 and 2016-2018', 'en')).toBe(`terms 2013–2015${NB}and 2016–2018`)
    expect(typeset('2011-07-09, A/RES/S-26/2', 'en')).toBe('2011-07-09, A/RES/S-26/2')
  })

  it('uses one non-breaking hyphen after numbers in Kyrgyz, ranges included', () => {
    expect(typeset('2027-2028-жылдарга, 4-турунда, 2021‑жыл', 'ky')).toBe(`2027–2028${H}жылдарга, 4${H}турунда, 2021${H}жыл`)
  })

  it('keeps Russian ordinal endings with their number but not longer compounds', () => {
    expect(typeset('57-й сессии, 1990-х годов, 5-летний', 'ru')).toBe(`57${H}й сессии, 1990${H}х годов, 5-летний`)
  })

  it('makes a spaced hyphen or en dash a dash bound to the word before it', () => {
    expect(typeset('трансчекаралык кызматташтык – суу', 'ky')).toBe(`трансчекаралык кызматташтык${NB}— суу`)
    expect(typeset('UNICEF - office in Bishkek', 'en')).toBe(`UNICEF${NB}– office in Bishkek`)
  })
})

describe('typeset: quotation marks', () => {
  it('uses “…” and ’ in English', () => {
    expect(typeset(`the "On cooperation" page, Children's Fund, states' votes`, 'en')).toBe('the “On cooperation” page, Children’s Fund, states’ votes')
  })

  it('reads a straight single-quote pair as a quotation, with ‘…’ inside “…”', () => {
    expect(typeset(`an item 'Rendering assistance' in the agenda`, 'en')).toBe('an item “Rendering assistance” in the agenda')
    expect(typeset(`the page "On 'mountains' and states' votes"`, 'en')).toBe('the page “On ‘mountains’ and states’ votes”')
    expect(typeset(`пункт 'Оказание помощи'`, 'ru')).toBe('пункт «Оказание помощи»')
  })

  it('uses «…» with „…“ inside in Russian and Kyrgyz', () => {
    expect(typeset('Структура "ООН-женщины"', 'ru')).toBe('Структура «ООН-женщины»')
    expect(typeset('Программа “Пять лет «горы»”', 'ru')).toBe('Программа «Пять лет „горы“»')
    expect(typeset('«Структура «ООН-женщины»»', 'ky')).toBe('«Структура „ООН-женщины“»')
  })
})

describe('typeset: joined sentences', () => {
  it('capitalises a sentence that starts after a full stop', () => {
    expect(typeset('Signed in Semipalatinsk, Kazakhstan. in force since 2009', 'en')).toBe(`Signed in Semipalatinsk, Kazakhstan. In force since 2009`)
    expect(typeset('Казахстан. вступил в силу', 'ru')).toBe(`Казахстан. Вступил в${NB}силу`)
  })

  it('leaves abbreviations that do not end a sentence', () => {
    expect(typeset('e.g. the Council, 150 тыс. человек, 2009 г. в Бишкеке', 'ru')).toBe(`e.g. the Council, 150${NB}тыс. человек, 2009${NB}г. в${NB}Бишкеке`)
    expect(typeset('see vol. ii, para. a', 'en')).toBe('see vol. ii, para. a')
  })
})

describe('typeset: links', () => {
  it('prints links, paths and addresses as written', () => {
    const text = 'open.kg/en/foreign-policy/288-kyrgyzstan-oon.html, https://undocs.org/A/RES/46/225 "x" и 2013-2015'
    expect(typeset(text, 'ky')).toBe('open.kg/en/foreign-policy/288-kyrgyzstan-oon.html, https://undocs.org/A/RES/46/225 «x» и 2013–2015')
    expect(typeset('a cell with <img src="x.png"> in it', 'en')).toBe('a cell with <img src="x.png"> in it')
  })
})

describe('typeset is stable', () => {
  it.each(['en', 'ru', 'ky'])('%s: setting set text changes nothing', (lang) => {
    const text = 'On "the 2013-2015 term" - 86 % and 142 votes. in force 2026-жылдын 3-июнунда'
    const once = typeset(text, lang)
    expect(typeset(once, lang)).toBe(once)
  })
})

describe('typesetHtml', () => {
  it('sets the text between tags and leaves tags, attributes, scripts and styles', () => {
    const html = `<!doctype html>\n<p title="a &quot;b&quot; 2013-2015">Он &quot;сказал&quot; <a href="https://undocs.org/ru/A/RES/46/225">46/225</a> 2 марта</p><script>var s = "2013-2015 %"</script><style>p::after{content:"x - y"}</style>`
    expect(typesetHtml(html, 'ru')).toBe(
      `<!doctype html>\n<p title="a &quot;b&quot; 2013-2015">Он «сказал» <a href="https://undocs.org/ru/A/RES/46/225">46/225</a> 2${NB}марта</p><script>var s = "2013-2015 %"</script><style>p::after{content:"x - y"}</style>`,
    )
  })

  it('pairs quotation marks across inline elements but not across paragraphs', () => {
    expect(typesetHtml('<li>"<em>Mountains</em>" and</li><li>"open</li>', 'en')).toBe('<li>“<em>Mountains</em>” and</li><li>“open</li>')
    expect(typesetHtml('<p><em>word</em> <strong>"x"</strong></p>', 'en')).toBe('<p><em>word</em> <strong>“x”</strong></p>')
  })

  it('re-escapes the text it sets and never adds markup', () => {
    const html = '<td>&lt;script&gt; &amp; &#x27;x&#x27; 5 &lt; 6</td>'
    expect(typesetHtml(html, 'en')).toBe(`<td>&lt;script&gt; &amp; “x” 5 &lt; 6</td>`)
  })
})
