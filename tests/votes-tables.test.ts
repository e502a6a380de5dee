import { existsSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { subjectOf } from '../pipeline/corpus/roll-calls.ts'
import { loadCatalog } from '../pipeline/i18n.ts'
import { loadDataset } from '../pipeline/load.ts'
import { buildModel } from '../pipeline/stages/model.ts'
import { loadTemplates, packSections, renderBriefingPack, renderFactsheet } from '../pipeline/stages/render.ts'
import { buildView } from '../pipeline/stages/view.ts'
import { copyOfDefaultDataset, editTable } from './helpers/dataset-copy.ts'
import { defaultDataset, root, runCliAsync } from './helpers/fixtures.ts'

const CORPUS = path.join(root, '..', 'shared', 'corpus', 'unga-votes', 'tidytuesday-2021-03-23')
const TABLES = ['votes_summary', 'votes_by_issue', 'votes_agreement', 'votes_divisive']

async function views(dir: string, lang = 'en') {
  const loaded = await loadDataset(dir)
  const model = buildModel(loaded.dataset.tables, loaded.reference, lang)
  const catalog = await loadCatalog(lang)
  const sheet = buildView(model, loaded.dataset.pkg, loaded.asOf, catalog, 'factsheet')
  const pack = buildView(model, loaded.dataset.pkg, loaded.asOf, catalog, 'briefing-pack')
  const templates = await loadTemplates()
  return { model, sheet, pack, sheetHtml: renderFactsheet(sheet, templates), packHtml: renderBriefingPack(pack, templates) }
}

const csvRows = async (file: string) => parse(await readFile(path.join(defaultDataset, file), 'utf8'), { columns: true }) as Record<string, string>[]

describe('what a roll call was about (subjectOf), on rows of the real corpus', () => {
  it('takes the title of the resolution from its catalogue description, not the short title', () => {
    expect(subjectOf({ rcid: '4829', short: 'ORGANIZATION FOR DEMOCRACY AND ECONOMIC DEVELOPMENT, GUAM', descr: 'Status of internally displaced persons and refugees from Abkhazia, Georgia : resolution / adopted by the General Assembly' })).toBe(
      'Status of internally displaced persons and refugees from Abkhazia, Georgia',
    )
  })

  it('names the motion or amendment of a procedural vote instead of quoting the President', () => {
    expect(subjectOf({ rcid: '5838', short: 'NA', descr: 'The Acting President: I shall now put to the votethe motion submitted by the representative of the Islamic Republic of Iran that no action be taken on draft resolution III. A recorded vote on the motion hasbeen requested. 08-66066 A/63/PV.71 A' })).toBe(
      'Motion submitted by the representative of the Islamic Republic of Iran that no action be taken on draft resolution III',
    )
    expect(subjectOf({ rcid: '5971', short: 'NA', descr: 'The President: In connection with the draft resolution, the General Assembly has before it a draft amendment circulated in document A/71/L.45. In accordance with rule 90 of the rules of procedure, the Assembly shall first take a decision on the proposed draft amendment. A recorded vote has been requested. A' })).toBe(
      'Draft amendment circulated in document A/71/L.45',
    )
  })

  it("says what a vote announced only by the President's procedure was on, from the corpus's amendment and paragraph flags", () => {
    const reminder = 'The Acting President: I should like to remind members that, in accordance with Article 18 of the Charter of the United Nations and rule 83 of the rules of procedure of the General Assembly, decisions of the General Assembly on amendments to proposals relating to important questions, and on parts of such proposals put to the vote separately, shall be made by a two-thirds majority of the members present and voting. We will therefore proceed on that basis. A recorded vote has been requested. A'
    expect(subjectOf({ rcid: '5976', short: 'NA', descr: reminder, amend: 'NA', para: '1' })).toBe('A paragraph of the draft resolution, voted on separately')
    expect(subjectOf({ rcid: '5976', short: 'NA', descr: reminder, amend: '1', para: 'NA' })).toBe('An amendment to the draft resolution')
    expect(subjectOf({ rcid: '5976', short: 'NA', descr: reminder })).toBe('The draft resolution')
  })

  it('cuts a long description at a word, and falls back on the short title', () => {
    const long = subjectOf({ rcid: '3778', short: 'NUCLEAR PROLIFERATION, MIDDLE EAST', descr: 'Calls upon Israel to become party to the Treaty on the Non-Proliferation of Nuclear Weapons to accede to it without further delay, and not to develop, produce, test or otherwise acquire nuclear weapons and to renounce possession of nuclear weap' })
    expect(long).toMatch(/^Calls upon Israel to become party .* not to develop, produce…$/)
    expect(long.length).toBeLessThanOrEqual(161)
    expect(subjectOf({ rcid: '9', short: 'KOREA', descr: 'NA' })).toBe('KOREA')
  })
})

describe('the voting record in the fact sheet and the pack', () => {
  it('sums the votes tables: the total, whole percents, the issues; the divisive votes only in the pack, which has room for their context', async () => {
    const [summary] = await csvRows('votes_summary.csv')
    const [yes, no, abstain] = ['yes', 'no', 'abstain'].map((k) => Number(summary![k]))
    const total = yes! + no! + abstain!
    const { sheet, pack, sheetHtml, packHtml } = await views(defaultDataset)
    expect(sheet.votes).toMatchObject({ total, firstYear: Number(summary!.first_year), lastYear: Number(summary!.last_year), percent: { yes: Math.round((yes! / total) * 100), no: Math.round((no! / total) * 100) } })
    const divisive = await csvRows('votes_divisive.csv')
    expect(sheet.votes!.divisive).toEqual([])
    expect(pack.votes!.divisive).toHaveLength(divisive.length)
    expect(sheetHtml).not.toContain('id="h-votes"')
    expect(packHtml).toContain(`${total.toLocaleString('en')}\u00A0recorded votes`)
    expect(packSections(pack).map((s) => s.id)).toContain('votes')
    expect(packHtml).toContain('data-section="votes"')
    expect(sheet.charts['chart-votes-issues']).toBeUndefined()
    const issues = pack.charts['chart-votes-issues']!
    expect(issues.table.rows.map((r) => r[0])).toEqual(expect.arrayContaining(['Human rights', 'Disarmament']))
  })

  it('prints the partner states and the subjects in Russian from their _ru columns', async () => {
    const { pack, packHtml } = await views(defaultDataset, 'ru')
    expect(pack.charts['chart-votes-agreement']!.table.head).toEqual(['Год', 'США', 'Россия', 'Китай'])
    expect(packHtml).toContain('Предложение представителя Исламской Республики Иран')
  })

  it('leaves the section out of a dataset without votes tables', async () => {
    const dir = await copyOfDefaultDataset()
    const descriptor = JSON.parse(await readFile(path.join(dir, 'datapackage.json'), 'utf8')) as { resources: { name: string }[] }
    descriptor.resources = descriptor.resources.filter((r) => !TABLES.includes(r.name))
    await writeFile(path.join(dir, 'datapackage.json'), JSON.stringify(descriptor))
    await Promise.all(TABLES.map((table) => rm(path.join(dir, `${table}.csv`))))
    const { model, sheet, pack, sheetHtml, packHtml } = await views(dir)
    expect(model.votes).toBeNull()
    expect(sheet.votes).toBeNull()
    expect(Object.keys(sheet.charts).filter((id) => id.startsWith('chart-votes'))).toEqual([])
    expect(sheetHtml).not.toContain('h-votes')
    expect(packSections(pack).map((s) => s.id)).not.toContain('votes')
    expect(packHtml).not.toContain('data-section="votes"')
  })
})

describe.skipIf(!existsSync(CORPUS))('factsheet votes --tables (from the real corpus)', () => {
  it('derives the committed tables again, byte for byte, keeping the translations', async () => {
    const dir = await copyOfDefaultDataset()
    const run = await runCliAsync(['votes', '--corpus', CORPUS, '--countries', 'KG', '--tables', dir])
    expect(run.code, run.stderr).toBe(0)
    for (const table of TABLES) {
      expect(await readFile(path.join(dir, `${table}.csv`), 'utf8'), table).toBe(await readFile(path.join(defaultDataset, `${table}.csv`), 'utf8'))
    }
  }, 120_000)

  it('drops a translation whose English text changed, and the check then says it is missing', async () => {
    const dir = await copyOfDefaultDataset()
    await editTable(dir, 'votes_divisive.csv', 'Combating defamation of religions', 'Combating defamation')
    const run = await runCliAsync(['votes', '--corpus', CORPUS, '--countries', 'KG', '--tables', dir])
    expect(run.code, run.stderr).toBe(0)
    const check = await runCliAsync(['check', '--dataset', dir])
    expect(check.code).toBe(0)
    expect(check.stdout).toMatch(/votes_divisive\.csv:\d+:\d+: warning missing-translation: 1 row\(s\) have "subject" but no Russian translation/)
  }, 120_000)

  it('writes the record of exactly one country, into a dataset folder', async () => {
    const two = await runCliAsync(['votes', '--corpus', CORPUS, '--countries', 'KG,KZ', '--tables', defaultDataset])
    expect(two.code).toBe(2)
    expect(two.stderr).toContain('--tables writes the record of one country')
    const notDataset = await runCliAsync(['votes', '--corpus', CORPUS, '--countries', 'KG', '--tables', path.join(root, 'templates')])
    expect(notDataset.code).toBe(2)
    expect(notDataset.stderr).toContain('is not a dataset folder (it has no datapackage.json)')
  })
})
