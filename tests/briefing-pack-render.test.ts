import { beforeAll, describe, expect, it } from 'vitest'
import { loadCatalog } from '../pipeline/i18n.ts'
import { loadDataset } from '../pipeline/load.ts'
import { buildModel } from '../pipeline/stages/model.ts'
import { loadTemplates, packParts, renderBriefingPack } from '../pipeline/stages/render.ts'
import { buildView, type ViewModel } from '../pipeline/stages/view.ts'
import { datasetWithPackFixture } from './helpers/pack-fixture.ts'

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

  it('has the notes on the data last, and the numbered sources before them', async () => {
    const templates = await loadTemplates()
    const parts = packParts(view)
    expect(parts.map((p) => p.id)).toEqual(['cover', 'summary', 'contents', 'overview', 'resolutions', 'bodies', 'peacekeeping', 'presence', 'treaties', 'cooperation', 'votes', 'glossary', 'sources', 'notes'])
    expect(parts.at(-1)).toEqual({ id: 'notes', title: 'Notes on the data and coverage', breakBefore: 'if-full' })
    const html = renderBriefingPack(view, templates)
    expect(html).toMatch(/<section class="pack-section" data-section="notes" id="s-notes"[^>]*>\s*<h1 id="h-notes">Notes on the data and coverage<\/h1>\s*<div class="notes-on-data">/)
    expect(html).toContain('<ol class="sources-full">')
  })

  it('makes a cross-reference only to a section the pack has', async () => {
    const templates = await loadTemplates()
    const withVotesGone = { ...view, votes: null, cooperation: view.cooperation.map((c) => (c.id === 'C_MOUNTAINS' ? { ...c, see: ['votes', 'resolutions'] } : c)) }
    const html = renderBriefingPack(withVotesGone, templates)
    expect(html).toContain('(<a class="xref" href="#s-resolutions" data-xref="resolutions" data-print="see General Assembly resolutions, p.\u00a0\uE000">see General Assembly resolutions</a>)')
    expect(html).not.toContain('href="#s-votes"')
  })
})
