import { readFileSync } from 'node:fs'
import path from 'node:path'
import { IntlMessageFormat } from 'intl-messageformat'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadCatalog } from '../pipeline/i18n.ts'
import { editorReportMarkdown } from '../pipeline/lib/editor-report.ts'
import { loadFindingCatalog } from '../pipeline/lib/finding-text.ts'
import { readerTextHits } from '../pipeline/lib/reader-text.ts'
import { loadDataset, type LoadedDataset } from '../pipeline/load.ts'
import type { Model } from '../pipeline/model.ts'
import { buildModel } from '../pipeline/stages/model.ts'
import { buildNotes, NOTE_KEYS, NOTED_CODES, type NotesView } from '../pipeline/stages/notes.ts'
import { copyOfDefaultDataset, editTable } from './helpers/dataset-copy.ts'
import { defaultDataset, root } from './helpers/fixtures.ts'

const LANGUAGES = ['en', 'ru', 'ky'] as const
const catalogFile = (lang: string) => JSON.parse(readFileSync(path.join(root, 'templates', 'i18n', 'findings', `${lang}.json`), 'utf8')) as Record<string, string>

async function notesOf(loaded: LoadedDataset, lang: string): Promise<NotesView> {
  const model = buildModel(loaded.dataset.tables, loaded.reference, lang)
  return buildNotes({ model, tables: loaded.dataset.tables, raw: loaded.dataset.raw, findings: loaded.findings, asOf: loaded.asOf, labels: await loadCatalog(lang), texts: await loadFindingCatalog(lang) })
}

const sentences = (notes: NotesView) => [notes.intro, ...notes.general, ...notes.parts.flatMap((p) => [p.title, ...p.notes]), notes.verified ?? '', notes.legendTitle, ...notes.legend.map((l) => l.meaning), notes.disclaimer]

describe('the catalogs of the notes', () => {
  it.each(LANGUAGES)('%s has every message the notes use, each valid ICU', (lang) => {
    const catalog = catalogFile(lang)
    const keys = [...NOTE_KEYS, ...NOTED_CODES.map((code) => `${code}.note`)]
    expect(keys.filter((key) => catalog[key] === undefined)).toEqual([])
    for (const key of keys) expect(() => new IntlMessageFormat(catalog[key]!, lang), key).not.toThrow()
  })

  it('notes only codes the English catalog knows', () => {
    const english = catalogFile('en')
    expect(NOTED_CODES.filter((code) => english[code] === undefined)).toEqual([])
  })
})

/** The model as if every membership were confirmed: the rows the documents leave out, printed. */
const withMembershipsConfirmed = (model: Model): Model => ({ ...model, memberships: model.memberships.map((m) => ({ ...m, verified: true })) })

/** An expected text, written with `~` for the no-break space the language's typography sets. */
const nb = (text: string) => text.replaceAll('~', '\u00a0')
/** A pattern of an expected text, `~` as in `nb`. */
const nbPattern = (pattern: RegExp) => new RegExp(nb(pattern.source))

/** The as-of date as the notes set it: a no-break space between day and month, and before the year's word. */
const AS_OF = { en: nb('as of 28~November 2026'), ru: nb('по состоянию на 28~ноября 2026~года'), ky: nb('2026‑жылдын~28‑ноябрына карата') } as const
const DISCLAIMER = { ru: nb('Употребляемые обозначения и~изложение материала в~настоящем документе'), ky: 'Бул документте колдонулган аталыштар' } as const

/** What the notes say is missing about the bodies, and why, in each language, for the rows confirmed. */
const MISSING = {
  en: [nbPattern(/The terms are not known for 4~bodies, as the sources consulted do not give them: Commission on Crime Prevention and Criminal Justice, General Committee, .*Committee on Conferences\./), nb('Commission on Sustainable Development: the body was wound up in 2013, and the end of the term is not known.')],
  ru: [nbPattern(/Сроки членства неизвестны для 4~органов, поскольку использованные источники их не приводят: Комиссия по предупреждению преступности и~уголовному правосудию, .*Комитет по конференциям\./), nb('Комиссия по устойчивому развитию: орган упразднен в~2013~году, дата окончания срока членства неизвестна.')],
  ky: [nbPattern(/Пайдаланылган булактарда көрсөтүлбөгөндүктөн, 4~органдагы мүчөлүк мөөнөттөрү белгисиз: .*Конференциялар боюнча комитет\./), nb('Туруктуу өнүгүү боюнча комиссия: бул орган 2013‑жылы жоюлган, мүчөлүк мөөнөтүнүн аякташы белгисиз.')],
} as const

describe('the notes on the data, for a reader', () => {
  let loaded: LoadedDataset
  beforeAll(async () => {
    loaded = await loadDataset(defaultDataset)
  })
  const inputOf = async (lang: string) => ({ tables: loaded.dataset.tables, raw: loaded.dataset.raw, findings: loaded.findings, asOf: loaded.asOf, labels: await loadCatalog(lang), texts: await loadFindingCatalog(lang) })
  const confirmedNotes = async (lang: string) => buildNotes({ ...(await inputOf(lang)), model: withMembershipsConfirmed(buildModel(loaded.dataset.tables, loaded.reference, lang)) })

  it('say what is not known and why, each part with its reference period, in English', async () => {
    const notes = await notesOf(loaded, 'en')
    const text = sentences(notes).join('\n')
    expect(notes.parts.map((p) => p.id)).toEqual(['overview', 'resolutions', 'bodies', 'peacekeeping', 'presence', 'treaties', 'cooperation', 'votes'])
    // Every body the documents print has its term, so nothing is missing there; the rows without one await confirmation.
    expect(text).not.toMatch(/not known for|wound up/)
    const confirmed = sentences(await confirmedNotes('en')).join('\n')
    for (const missing of MISSING.en) expect(confirmed).toMatch(missing)
    expect(text).toContain(nb('Recorded votes, 1992–2019~only: the data source ends in 2019.'))
    // January 2021 alone is no yearly mean, so the figures used end in 2020 (the charts leave it out too).
    expect(text).toContain('Personnel figures are yearly means of the UN’s monthly figures of uniformed personnel, 2011–2020; the figures used end in 2020.')
    expect(text).toContain(AS_OF.en)
    expect(notes.legend).toEqual([{ sign: '…', meaning: 'not available' }, { sign: '–', meaning: 'nil' }])
    expect(notes.disclaimer).toMatch(/^The designations employed and the presentation of material in this document do not imply .* on the part of the Ministry concerning the legal status/)
  })

  it.each(['ru', 'ky'] as const)('are written in %s, with no English sentence and no word of the pipeline, and say what is missing and why', async (lang) => {
    for (const notes of [await notesOf(loaded, lang), await confirmedNotes(lang)]) {
      const text = sentences(notes).join('\n')
      expect(readerTextHits(text)).toEqual([])
      // Latin letters only in acronyms and names the reference keeps in English (UN, UNEP).
      expect(text.match(/\b[a-z]{3,}\b/g)).toBeNull()
      expect(text).toContain(AS_OF[lang])
      expect(text).toContain(DISCLAIMER[lang])
    }
    const confirmed = sentences(await confirmedNotes(lang)).join('\n')
    for (const missing of MISSING[lang]) expect(confirmed).toMatch(missing)
  })

  it('print no file, line, rule or code in any language', async () => {
    for (const lang of LANGUAGES) {
      for (const notes of [await notesOf(loaded, lang), await confirmedNotes(lang)]) {
        expect(sentences(notes).join('\n')).not.toMatch(/\.csv|line \d|term-missing|entity-ended|\{|\}/)
      }
    }
  })

  it('leave out the rows the documents leave out: those no source confirms', async () => {
    // The Commission on Sustainable Development row is not verified: printed, the notes would name it.
    const model = buildModel(loaded.dataset.tables, loaded.reference, 'en')
    expect(model.memberships.find((m) => m.body.name === 'Commission on Sustainable Development')?.verified).toBe(false)
    expect(sentences(await confirmedNotes('en')).join('\n')).toContain('Commission on Sustainable Development')
    expect(sentences(buildNotes({ ...(await inputOf('en')), model })).join('\n')).not.toContain('Commission on Sustainable Development')
  })

  it('give the share of verified rows when the tables mark it', async () => {
    const share = (n: number) => nb(`${n}~of 134~entries are confirmed by a source and printed; the others await confirmation and are left out.`)
    const verifiedRows = Object.values(loaded.dataset.tables).flatMap((t) => t.rows).filter((r) => r.values.verified === true).length
    expect((await notesOf(loaded, 'en')).verified).toBe(share(verifiedRows))
    // A copy of the dataset with its first treaty no longer confirmed: one entry fewer.
    const dir = await copyOfDefaultDataset()
    const first = loaded.dataset.tables.treaties!.rows[0]!.values
    expect(first.verified).toBe(true)
    await editTable(dir, 'treaties.csv', `,true,${String(first.verified_by)},`, ',false,,')
    const marked = await loadDataset(dir)
    expect((await notesOf(marked, 'en')).verified).toBe(share(verifiedRows - 1))
    expect(marked.report.editor.unconfirmed.filter((r) => r.table === 'treaties').map((r) => r.line)).toContain(2)
    // Tables without the column say nothing of it.
    const unmarked = loaded.dataset.raw.map((t) => ({ ...t, schema: { ...t.schema, fields: t.schema.fields.filter((f) => f.name !== 'verified') } }))
    expect(buildNotes({ ...(await inputOf('en')), raw: unmarked, model: buildModel(loaded.dataset.tables, loaded.reference, 'en') }).verified).toBeNull()
  })
})

describe("the editor's report", () => {
  it('lists every finding with file:line, the unconfirmed rows and the notes to the editor', async () => {
    const loaded = await loadDataset(defaultDataset)
    const report = editorReportMarkdown(loaded.report)
    const csdLine = readFileSync(path.join(defaultDataset, 'memberships.csv'), 'utf8').split('\n').findIndex((l) => l.startsWith('CSD_UNKNOWN,')) + 1
    expect(csdLine).toBeGreaterThan(1)
    expect(report).toContain(`## Findings (${loaded.findings.length})`)
    expect(report).toContain(`- \`sources/kyrgyzstan/memberships.csv:${csdLine}:2: warning entity-ended: Commission on Sustainable Development ended 20 September 2013`)
    expect(report).toMatch(/## Rows not confirmed by a source \(\d+\)\n\n- sources\/kyrgyzstan\/resolutions\.csv:\d+ \(R\w+\): verified=false/)
    expect(report).toContain(`- sources/kyrgyzstan/memberships.csv:${csdLine} (CSD_UNKNOWN): verified=false`)
    expect(report).toMatch(/## Notes for the editor \(\d+\)\n\n- sources\/kyrgyzstan\/milestones\.csv:2 \(M1992_ADMISSION\): /)
  })
})
