import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { catalogsDir } from '../pipeline/i18n.ts'
import { runCli, tempDir, type CliRun } from './helpers/fixtures.ts'
import { pdfFonts, pdfInfo, pdfText } from './helpers/pdf.ts'

const NB = '\u2011'

/** The catalog's labels that are plain words (no placeholders), to look for in another language's PDF. */
async function englishLabels(other: string): Promise<string[]> {
  const en = JSON.parse(await readFile(path.join(catalogsDir, 'en.json'), 'utf8')) as Record<string, string>
  const translated = JSON.parse(await readFile(path.join(catalogsDir, `${other}.json`), 'utf8')) as Record<string, string>
  return Object.entries(en)
    .filter(([key, text]) => !text.includes('{') && text.length > 3 && translated[key] !== text)
    .map(([, text]) => text)
}

/** The PDF's text without its list of sources, whose URLs are in English whatever the language. */
const bodyText = (file: string, sourcesHeading: string) => pdfText(file).split(sourcesHeading)[0]!

describe('fact sheets in Russian and Kyrgyz (integration, with the real browser)', () => {
  let out: string
  let run: CliRun
  // The default dataset: its highlighted rows fill every part of the sheet.
  const pdf = (lang: string) => path.join(out, 'kyrgyzstan', lang, 'factsheet.pdf')

  beforeAll(async () => {
    out = await tempDir('factsheet-langs-')
    run = runCli(['build', '--out', out, '--lang', 'ru,ky', '--format', 'pdf,html'])
  })

  it('builds each language into its own folder, on two A4 pages at most, fonts embedded', () => {
    expect(run.code, run.stderr).toBe(0)
    for (const lang of ['ru', 'ky']) {
      const info = pdfInfo(pdf(lang))
      expect(info['Page size']).toMatch(/\(A4\)$/)
      expect(Number(info.Pages)).toBeLessThanOrEqual(2)
      expect(pdfFonts(pdf(lang)).filter((f) => !f.embedded)).toEqual([])
    }
  })

  it('sets the document language and a localized title', async () => {
    expect(pdfInfo(pdf('ru')).Title).toBe('Кыргызская Республика и Организация Объединенных Наций — Информационная справка')
    expect(await readFile(path.join(out, 'kyrgyzstan', 'ky', 'factsheet.html'), 'utf8')).toMatch(/^<!doctype html>\n<html lang="ky">/)
    expect((await readFile(pdf('ru'))).toString('latin1')).toContain('/Lang (ru)')
  })

  it('prints Russian dates, numbers and labels, and no English label of the catalog', async () => {
    const text = bodyText(pdf('ru'), 'Источники')
    for (const phrase of ['По состоянию на 28 ноября 2026 года', '2 марта 1992 года', 'избран 3 июня 2026 года 142 голосами', 'Резолюции Генеральной Ассамблеи', 'Совет Безопасности', 'Устойчивое горное развитие', 'Миротворческая деятельность', 'голосов «за» из 1 932 заносимых в отчет голосований в Генеральной Ассамблее']) {
      expect(text, phrase).toContain(phrase)
    }
    const leaked = (await englishLabels('ru')).filter((label) => new RegExp(`(?<![\\p{L}])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text))
    expect(leaked).toEqual([])
  })

  it('prints Kyrgyz dates with inflected months and the letters ң ө ү, and no English label of the catalog', async () => {
    const text = bodyText(pdf('ky'), 'Булактар')
    for (const phrase of [`2026${NB}жылдын 28${NB}ноябрына карата`, `1992${NB}жылдын 2${NB}марты`, `2026${NB}жылдын 3${NB}июнунда`, 'Башкы Ассамблеянын резолюциялары', 'Тынчтыкты сактоо', 'каттоого алынган добуш берүүнүн ичинен «макул» добуштары', 'Адам укуктары кеңеши']) {
      expect(text, phrase).toContain(phrase)
    }
    // Kyrgyz names UN entities by Kyrgyz acronyms or in full, never by Russian acronyms (МООНК, СБ ООН).
    expect(text).not.toContain('ООН')
    for (const letter of ['ң', 'ө', 'ү']) expect(text).toContain(letter)
    const leaked = (await englishLabels('ky')).filter((label) => new RegExp(`(?<![\\p{L}])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text))
    expect(leaked).toEqual([])
  })
})
