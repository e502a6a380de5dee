import { cp, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadCatalog } from '../pipeline/i18n.ts'
import { loadDataset } from '../pipeline/load.ts'
import { buildModel } from '../pipeline/stages/model.ts'
import { loadTemplates, packParts, packSections, renderBriefingPack, templatesDir } from '../pipeline/stages/render.ts'
import { buildView, type ViewModel } from '../pipeline/stages/view.ts'
import { tempDir } from './helpers/fixtures.ts'
import { datasetWithPackFixture } from './helpers/pack-fixture.ts'

/** The templates with the partials other branches supply (notes on the data, the numbered sources) added as stand-ins. */
async function templatesWithPartials() {
  const dir = path.join(await tempDir(), 'templates')
  await cp(templatesDir, dir, { recursive: true })
  await writeFile(path.join(dir, 'partials', 'notes-on-data.hbs'), '<p class="notes-stand-in">{{t "notesOnData"}}: {{text.country}}</p>')
  await writeFile(path.join(dir, 'partials', 'sources-full.hbs'), '<ol class="sources-stand-in">{{#each sources}}<li>{{n}}</li>{{/each}}</ol>')
  return loadTemplates(dir)
}

describe('the briefing pack as rendered (no browser)', () => {
  let view: ViewModel

  beforeAll(async () => {
    const loaded = await loadDataset(await datasetWithPackFixture())
    view = buildView(buildModel(loaded.dataset.tables, loaded.reference, 'en'), loaded.dataset.pkg, loaded.asOf, await loadCatalog('en'), 'briefing-pack')
  })

  it('takes the summary in its order, without the rows no source confirms, and numbers their sources first', () => {
    expect(view.summary.map((s) => [s.id, s.refs])).toEqual([['S_COUNCIL', [1]], ['S_MEMBER', [2]]])
  })

  it('reads the cover lines and the cross-references of the data package', () => {
    expect(view.text).toMatchObject({ classification: 'For official use', issuedBy: 'United Nations Department, Ministry of Foreign Affairs' })
    expect(view.cooperation.find((c) => c.id === 'C_PEACEKEEPING')?.see).toEqual(['peacekeeping', 'presence'])
  })

  it('leaves out the notes, and keeps its own list of sources, while their partials are not there', async () => {
    const templates = await loadTemplates()
    expect(packSections(view, templates.partials).map((s) => s.id)).not.toContain('notes')
    const html = renderBriefingPack(view, templates)
    expect(html).not.toContain('id="s-notes"')
    expect(html).toContain('<ol class="sources-full">')
  })

  it('includes the notes on the data and the numbered sources when their partials are registered', async () => {
    const templates = await templatesWithPartials()
    const parts = packParts(view, templates.partials)
    expect(parts.map((p) => p.id)).toEqual(['cover', 'summary', 'contents', 'overview', 'resolutions', 'bodies', 'peacekeeping', 'presence', 'treaties', 'cooperation', 'votes', 'glossary', 'sources', 'notes'])
    expect(parts.at(-1)).toEqual({ id: 'notes', title: 'Notes on the data and coverage', breakBefore: 'if-full' })
    const html = renderBriefingPack(view, templates)
    expect(html).toMatch(/<section class="pack-section" data-section="notes" id="s-notes"[^>]*>\s*<h1 id="h-notes">Notes on the data and coverage<\/h1>\s*<p class="notes-stand-in">Notes on the data and coverage: Kyrgyz Republic<\/p>/)
    expect(html).toContain('<ol class="sources-stand-in"><li>1</li>')
    expect(html).not.toContain('<ol class="sources-full">')
  })

  it('makes a cross-reference only to a section the pack has', async () => {
    const templates = await loadTemplates()
    const withVotesGone = { ...view, votes: null, cooperation: view.cooperation.map((c) => (c.id === 'C_MOUNTAINS' ? { ...c, see: ['votes', 'resolutions'] } : c)) }
    const html = renderBriefingPack(withVotesGone, templates)
    expect(html).toContain('(<a class="xref" href="#s-resolutions" data-xref="resolutions" data-print="see General Assembly resolutions, p.\u00a0\uE000">see General Assembly resolutions</a>)')
    expect(html).not.toContain('href="#s-votes"')
  })
})
