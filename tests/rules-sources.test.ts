import { describe, expect, it } from 'vitest'
import path from 'node:path'
import { loadCatalog } from '../pipeline/i18n.ts'
import { shortLink, urlProblem } from '../pipeline/lib/sources.ts'
import { formatSummary } from '../pipeline/lib/report.ts'
import { loadDataset } from '../pipeline/load.ts'
import { buildModel } from '../pipeline/stages/model.ts'
import { buildView } from '../pipeline/stages/view.ts'
import type { Finding } from '../pipeline/types.ts'
import { fixtures } from './helpers/fixtures.ts'

const dir = path.join(fixtures, 'sources')
const findings = async () => (await loadDataset(dir)).findings
const of = (list: readonly Finding[], rule: string) => list.filter((f) => f.rule === rule).map((f) => [f.line, f.field, f.value])

describe('the sources table and the rules on it', () => {
  it('source-unknown: an id that is not in the table, and a raw URL where an id belongs, with line and column', async () => {
    const list = await findings()
    expect(of(list, 'source-unknown')).toEqual([
      [5, 'source', 'a-res-53-24;no-such-id'],
      [6, 'source', 'https://press.un.org/en/1998/x.htm'],
    ])
    const [, url] = list.filter((f) => f.rule === 'source-unknown')
    expect(url).toMatchObject({ severity: 'error', column: 8 })
    expect(url!.hint).toContain('add the document to sources.csv')
  })

  it('source-unused: a source no row cites', async () => {
    expect(of(await findings(), 'source-unused')).toEqual([[8, 'id', 'never-cited']])
  })

  it('source-url: a file: URL and a local path are errors', async () => {
    const list = (await findings()).filter((f) => f.rule === 'source-url')
    expect(list.map((f) => [f.line, f.severity])).toEqual([[6, 'error'], [7, 'error']])
    expect(list[0]!.message).toContain('file: URL')
    expect(list[1]!.message).toContain('local path')
    expect(urlProblem('https://undocs.org/A/RES/53/24')).toBeNull()
    expect(urlProblem('C:\\data\\copy.pdf')).toContain('local path')
    expect(urlProblem('ftp://example.org/x')).toContain('not an http(s) address')
  })

  it('source-authority: a row resting only on a mirror of a UN text, or only on kind "other", names the UN address to cite', async () => {
    const list = (await findings()).filter((f) => f.rule === 'source-authority')
    expect(list.map((f) => [f.line, f.severity])).toEqual([[3, 'warning'], [4, 'warning']])
    expect(list[0]!.message).toContain('docslib.org only mirrors the text')
    expect(list[0]!.hint).toContain('undocs.org/A/RES/53/24')
    expect(list[1]!.message).toContain('its kind is "other"')
    expect(list[1]!.hint).toContain('digitallibrary.un.org')
  })

  it('source-unverified: lists unverified rows for the editor, and warns of a verified row that names no source or one it does not cite', async () => {
    const list = (await findings()).filter((f) => f.rule === 'source-unverified')
    expect(list.map((f) => [f.line, f.severity, f.field])).toEqual([[4, 'info', 'verified'], [6, 'warning', 'verified_by'], [9, 'warning', 'verified_by']])
    expect(list[0]!.message).toBe('M_OTHER is not verified, so it is not printed')
    expect(list[2]!.message).toBe('M_ELSEWHERE is verified by a source it does not cite')
  })

  it('missing-source takes ids when the dataset has a sources table', async () => {
    expect(of(await findings(), 'missing-source')).toEqual([])
  })

  it('reports the share of verified rows and of rows with a UN or government source', async () => {
    const { report } = await loadDataset(dir)
    expect(report.stats.sources).toMatchObject({ curatedRows: 8, verifiedRows: 7, authoritativeRows: 5 })
    expect(formatSummary(report)).toContain('of 8 curated rows: 88 % verified, 63 % with a UN or government source')
  })

  it('prints only verified rows, citing each document by publisher and title, and marks the ministry\'s own statements', async () => {
    const loaded = await loadDataset(dir)
    const view = buildView(buildModel(loaded.dataset.tables, loaded.reference, 'en'), loaded.dataset.pkg, loaded.asOf, await loadCatalog('en'), 'briefing-pack')
    expect(view.milestones.map((m) => m.id)).not.toContain('M_OTHER')
    expect(view.milestones.find((m) => m.id === 'M_MINISTRY')?.ministryStatement).toBe(true)
    expect(view.milestones.find((m) => m.id === 'M_GOOD')).toMatchObject({ ministryStatement: false, refs: [1] })
    expect(view.sources[0]).toMatchObject({ n: 1, publisher: 'United Nations General Assembly', title: 'International Year of Mountains, 2002', date: '10 November 1998', href: 'https://undocs.org/A/RES/53/24' })
    expect(view.sourcePublishers.find((p) => p.publisher === 'United Nations General Assembly')?.refsText).toBe('1')
  })
})

describe('short links', () => {
  it('drops the scheme and www, and keeps whole path segments within the limit', () => {
    expect(shortLink('https://www.undocs.org/A/RES/77/172', 40)).toBe('undocs.org/A/RES/77/172')
    const long = 'https://mfa.gov.kg/en/dm/Permanent-Mission-of-the-Kyrgyz-Republic-to-the-United-Nations/news/4899'
    expect(shortLink(long, 40)).toBe('mfa.gov.kg/en/dm/…')
    expect(shortLink(long, 40).length).toBeLessThanOrEqual(40)
    expect(shortLink('https://a-very-long-host-name-that-will-not-fit-anywhere.example.org/x', 20)).toHaveLength(20)
  })
})
