import { readdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import Handlebars from 'handlebars'
import { roleStylesheet } from '../../templates/charts/roles.ts'
import { agreementOverTime, votesByIssue } from '../../templates/charts/votes.ts'
import type { ChartSpec } from '../../templates/charts/types.ts'
import { crossReferenceHelpers } from '../../templates/cross-references.ts'
import { helpers } from '../../templates/helpers.ts'
import type { CountryVotes } from '../corpus/votes.ts'
import type { Catalog } from '../i18n.ts'
import { contentSecurityPolicy, jsonForScript } from '../lib/html.ts'
import { typesetHtml } from '../lib/typography.ts'
import type { BreakBefore } from '../lib/pack-pagination.ts'
import type { ViewModel } from './view.ts'

import { templatesDir } from '../paths.ts'

export { templatesDir }

export interface Templates {
  readonly factsheet: Handlebars.TemplateDelegate
  readonly briefingPack: Handlebars.TemplateDelegate
  readonly voting: Handlebars.TemplateDelegate
  readonly css: string
  readonly packCss: string
  /** Chart figures and the role colours of charts and badges: the same in every document. */
  readonly chartCss: string
  readonly chartLibrary: string
  readonly drawCharts: string
}

/** Chart.js hides its UMD build from `exports`, so it is found beside the package's main file. */
function chartLibraryPath(): string {
  const require = createRequire(import.meta.url)
  return path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js')
}

/** Loads and compiles the templates once per build; a private Handlebars instance keeps helpers local. */
export async function loadTemplates(dir = templatesDir): Promise<Templates> {
  const hbs = Handlebars.create()
  hbs.registerHelper({ ...helpers, ...crossReferenceHelpers })
  const partialsDir = path.join(dir, 'partials')
  for (const file of (await readdir(partialsDir)).filter((f) => f.endsWith('.hbs')).sort()) {
    hbs.registerPartial(path.basename(file, '.hbs'), await readFile(path.join(partialsDir, file), 'utf8'))
  }
  const compile = async (file: string) => hbs.compile(await readFile(path.join(dir, file), 'utf8'), { strict: false, preventIndent: true })
  return {
    factsheet: await compile('factsheet.hbs'),
    briefingPack: await compile('briefing-pack.hbs'),
    voting: await compile('voting.hbs'),
    css: await readFile(path.join(dir, 'styles', 'factsheet.css'), 'utf8'),
    chartCss: `${await readFile(path.join(dir, 'styles', 'charts.css'), 'utf8')}\n${roleStylesheet()}`,
    packCss: await readFile(path.join(dir, 'styles', 'briefing-pack.css'), 'utf8'),
    chartLibrary: (await readFile(chartLibraryPath(), 'utf8')).replace(/\n\/\/# sourceMappingURL=.*$/m, ''),
    drawCharts: await readFile(path.join(dir, 'charts', 'draw.js'), 'utf8'),
  }
}

/** The pack's sections after the cover, in order (contract C4): their ids, also the targets of cross-references. */
export const PACK_SECTIONS = ['summary', 'overview', 'resolutions', 'bodies', 'peacekeeping', 'presence', 'treaties', 'cooperation', 'votes', 'glossary', 'sources', 'notes'] as const
export type PackSectionId = (typeof PACK_SECTIONS)[number]

/**
 * Each section's heading, and whether it opens a page: the summary and the main body always do;
 * the major parts (the UN system, peace and security, cooperation, votes, the reference matter, the
 * notes) do when the page they close is full enough; the others flow on (see pack-pagination.ts).
 */
const SECTION_LAYOUT: Readonly<Record<PackSectionId, { heading: string; breakBefore: BreakBefore }>> = {
  summary: { heading: 'summary', breakBefore: 'always' },
  overview: { heading: 'overview', breakBefore: 'always' },
  resolutions: { heading: 'gaInitiatives', breakBefore: 'if-full' },
  bodies: { heading: 'electedBodies', breakBefore: 'never' },
  peacekeeping: { heading: 'peacekeeping', breakBefore: 'if-full' },
  presence: { heading: 'presence', breakBefore: 'never' },
  treaties: { heading: 'treatiesDisarmament', breakBefore: 'never' },
  cooperation: { heading: 'cooperation', breakBefore: 'if-full' },
  votes: { heading: 'sectionVotes', breakBefore: 'if-full' },
  glossary: { heading: 'glossary', breakBefore: 'if-full' },
  sources: { heading: 'sources', breakBefore: 'never' },
  notes: { heading: 'notesOnData', breakBefore: 'if-full' },
}

/** The sections the pack has (a section without content is left out), with their headings: what the contents list. */
export function packSections(view: ViewModel): { id: PackSectionId; title: string }[] {
  const present = (id: PackSectionId) => (id !== 'votes' || view.votes !== null) && (id !== 'summary' || view.summary.length > 0)
  return PACK_SECTIONS.filter(present).map((id) => ({ id, title: view.catalog.t(SECTION_LAYOUT[id].heading) }))
}

/** Every part the pack prints, from the cover on (the contents follow the summary), and where each may open a page. */
export function packParts(view: ViewModel): { id: string; title: string | null; breakBefore: BreakBefore }[] {
  const sections = packSections(view).map((s) => ({ ...s, breakBefore: SECTION_LAYOUT[s.id].breakBefore }))
  const contents = { id: 'contents', title: view.catalog.t('contents'), breakBefore: sections[0]?.id === 'summary' ? ('never' as const) : ('always' as const) }
  const afterSummary = sections[0]?.id === 'summary' ? 1 : 0
  return [{ id: 'cover', title: null, breakBefore: 'never' }, ...sections.slice(0, afterSummary), contents, ...sections.slice(afterSummary)]
}

/** Render stage: the briefing pack as one self-contained HTML document. */
export function renderBriefingPack(view: ViewModel, templates: Templates): string {
  return page(templates.briefingPack, { ...view, sections: packSections(view) }, `${templates.css}\n${templates.packCss}`, templates)
}

/** Render stage: one self-contained HTML document (styles, Chart.js, data and drawing code inline). */
export function renderFactsheet(view: ViewModel, templates: Templates): string {
  return page(templates.factsheet, view, templates.css, templates)
}

/** What a template needs besides its own data: the language, its catalog, and the charts to draw. */
interface PageContext {
  readonly lang: string
  readonly catalog: Catalog
  readonly charts: Readonly<Record<string, ChartSpec>>
}

/** Render stage: a country's voting record in the General Assembly, as one self-contained HTML document. */
export function renderVoting(votes: CountryVotes, catalog: Catalog, templates: Templates): string {
  const source = { publisher: catalog.t('publisherVotingData') }
  const charts = Object.fromEntries([votesByIssue(votes, votes.name, source, catalog.t), agreementOverTime(votes, votes.name, source, catalog.t)].map((c) => [c.id, c]))
  return page(templates.voting, { lang: catalog.lang, catalog, charts, votes }, templates.css, templates)
}

/** Data and catalog text reach the page here, escaped by the template, then set in the language's typography. */
function page<T extends PageContext>(template: Handlebars.TemplateDelegate, view: T, css: string, templates: Templates): string {
  const html = template(
    {
      ...view,
      css: `${css}\n${templates.chartCss}`,
      chartJson: jsonForScript(Object.values(view.charts)),
      chartLibrary: templates.chartLibrary,
      drawCharts: templates.drawCharts,
      csp: contentSecurityPolicy([templates.chartLibrary, templates.drawCharts]),
    },
    { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false },
  )
  return typesetHtml(html, view.lang)
}
