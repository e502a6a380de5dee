import { readFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { IntlMessageFormat } from 'intl-messageformat'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadCatalog } from '../pipeline/i18n.ts'
import { editorReportMarkdown } from '../pipeline/lib/editor-report.ts'
import { loadFindingCatalog } from '../pipeline/lib/finding-text.ts'
import { readerTextHits } from '../pipeline/lib/reader-text.ts'
import { loadDataset, type LoadedDataset } from '../pipeline/load.ts'
import { buildModel } from '../pipeline/stages/model.ts'
import { buildNotes, NOTE_KEYS, NOTED_CODES, type NotesView } from '../pipeline/stages/notes.ts'
import { copyOfDefaultDataset } from './helpers/dataset-copy.ts'
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

describe('the notes on the data, for a reader', () => {
  let loaded: LoadedDataset
  beforeAll(async () => {
    loaded = await loadDataset(defaultDataset)
  })

  it('say what is not known and why, each part with its reference period, in English', async () => {
    const notes = await notesOf(loaded, 'en')
    const text = sentences(notes).join('\n')
    expect(notes.parts.map((p) => p.id)).toEqual(['overview', 'resolutions', 'bodies', 'peacekeeping', 'presence', 'treaties', 'cooperation', 'votes'])
    expect(text).toMatch(/The terms are not known for \d+ bodies, as the sources consulted do not give them: /)
    expect(text).toContain('Commission on Sustainable Development and Governing Council of the United Nations Environment Programme: the bodies were wound up in 2013')
    expect(text).toContain('Recorded votes, 1992–2019 only: the data source ends in 2019.')
    expect(text).toMatch(/Personnel figures are yearly means of the UN’s monthly figures of uniformed personnel, 2011–2021/)
    expect(text).toContain('as of 28 November 2026')
    expect(notes.legend).toEqual([{ sign: '…', meaning: 'not available' }, { sign: '–', meaning: 'nil' }])
    expect(notes.disclaimer).toMatch(/^The designations employed and the presentation of material in this document do not imply .* on the part of the Ministry concerning the legal status/)
  })

  it.each(['ru', 'ky'])('are written in %s, with no English sentence and no word of the pipeline', async (lang) => {
    const notes = await notesOf(loaded, lang)
    const text = sentences(notes).join('\n')
    expect(readerTextHits(text)).toEqual([])
    // Latin letters only in acronyms and names the reference keeps in English (UN, UNEP).
    expect(text.match(/\b[a-z]{3,}\b/g)).toBeNull()
    expect(text).toMatch(lang === 'ru' ? /по состоянию на 28 ноября 2026 года/ : /2026‑жылдын 28‑ноябрына карата/)
    expect(text).toContain(lang === 'ru' ? 'Употребляемые обозначения и изложение материала' : 'Бул документте колдонулган аталыштар')
  })

  it('print no file, line, rule or code in any language', async () => {
    for (const lang of LANGUAGES) {
      const text = sentences(await notesOf(loaded, lang)).join('\n')
      expect(text).not.toMatch(/\.csv|line \d|term-missing|entity-ended|\{|\}/)
    }
  })

  it('leave out the rows the documents leave out: those no source confirms', async () => {
    const model = buildModel(loaded.dataset.tables, loaded.reference, 'en')
    const body = model.memberships.find((m) => m.body.name === 'Commission on Sustainable Development')!.body.id
    const hidden = { ...model, memberships: model.memberships.map((m) => (m.body.id === body ? { ...m, verified: false } : m)) }
    const input = { tables: loaded.dataset.tables, raw: loaded.dataset.raw, findings: loaded.findings, asOf: loaded.asOf, labels: await loadCatalog('en'), texts: await loadFindingCatalog('en') }
    expect(sentences(buildNotes({ ...input, model })).join('\n')).toContain('Commission on Sustainable Development')
    expect(sentences(buildNotes({ ...input, model: hidden })).join('\n')).not.toContain('Commission on Sustainable Development')
  })

  it('give the share of verified rows when the tables mark it', async () => {
    // The treaties of a copy of the dataset marked: the first confirmed, the second not.
    const dir = await copyOfDefaultDataset()
    const descriptor = JSON.parse(await readFile(path.join(dir, 'datapackage.json'), 'utf8')) as { resources: { name: string; schema: { fields: object[] } }[] }
    descriptor.resources.find((r) => r.name === 'treaties')!.schema.fields.push({ name: 'verified', type: 'boolean' })
    await writeFile(path.join(dir, 'datapackage.json'), JSON.stringify(descriptor))
    const [header, first, second] = (await readFile(path.join(dir, 'treaties.csv'), 'utf8')).trim().split('\n')
    await writeFile(path.join(dir, 'treaties.csv'), `${header},verified\n${first},true\n${second},false\n`)
    const marked = await loadDataset(dir)
    expect((await notesOf(marked, 'en')).verified).toBe('1 of 2 entries are confirmed by a source and printed; the others await confirmation and are left out.')
    expect((await notesOf(loaded, 'en')).verified).toBeNull()
    expect(marked.report.editor.unconfirmed.filter((r) => r.table === 'treaties')).toMatchObject([{ line: 3, text: 'verified=false' }])
  })
})

describe("the editor's report", () => {
  it('lists every finding with file:line, the unconfirmed rows and the notes to the editor', async () => {
    const loaded = await loadDataset(defaultDataset)
    const report = editorReportMarkdown(loaded.report)
    expect(report).toContain(`## Findings (${loaded.findings.length})`)
    expect(report).toContain('- `sources/kyrgyzstan/memberships.csv:12:2: warning entity-ended: Commission on Sustainable Development ended 20 September 2013')
    expect(report).toMatch(/## Rows not confirmed by a source \(\d+\)\n\n- sources\/kyrgyzstan\/resolutions\.csv:\d+ \(R\w+\): status "not found"/)
    expect(report).toMatch(/## Notes for the editor \(\d+\)\n\n- sources\/kyrgyzstan\/milestones\.csv:2 \(M1992_ADMISSION\): /)
  })
})
