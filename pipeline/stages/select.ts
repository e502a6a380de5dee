import { shortSymbol } from '../lib/symbols.ts'
import type { Highlighted, Model, Sourced } from '../model.ts'

/**
 * Sheet selection stage: what of the model the two-page fact sheet prints. The sheet shows the rows
 * the data highlights (its editorial priority), and of those only rows a reader can take as they are;
 * everything else is in the briefing pack. A table with no highlighted row prints nothing on the sheet.
 */

/** The sheet's charts, by id; the pack draws every chart. */
// The voting record (to 2019) is one key fact on the sheet; its charts and votes are the pack's.
export const SHEET_CHARTS: readonly string[] = ['chart-terms', 'chart-missions']

const confirmed = <T extends Sourced>(rows: readonly T[]) => rows.filter((row) => row.verified)
const chosen = <T extends Sourced & Highlighted>(rows: readonly T[]) => rows.filter((row) => row.verified && row.highlight)

/**
 * The model without the rows the data marks unverified, and without deployments whose mission is not
 * identified: what the sheet's key facts and charts count, so that a count and its chart agree.
 */
export function confirmedRows(model: Model): Model {
  return {
    ...model,
    milestones: confirmed(model.milestones),
    resolutions: confirmed(model.resolutions),
    memberships: confirmed(model.memberships),
    presence: confirmed(model.presence),
    deployments: confirmed(model.deployments).filter((d) => d.mission !== null),
    treaties: confirmed(model.treaties),
    cooperation: confirmed(model.cooperation),
  }
}

/**
 * The highlighted, confirmed rows that print in full: an adopted resolution with its symbol, a term
 * with its years, a deployment with its mission. A row that would need a placeholder stays in the pack.
 */
export function sheetRows(model: Model): Model {
  return {
    ...model,
    milestones: chosen(model.milestones),
    resolutions: chosen(model.resolutions).filter((r) => r.status === 'adopted' && r.symbol !== null),
    memberships: chosen(model.memberships).filter((m) => m.status === 'member' && m.termStart !== null && m.termEnd !== null),
    presence: chosen(model.presence),
    deployments: chosen(model.deployments).filter((d) => d.mission !== null),
    treaties: chosen(model.treaties),
    cooperation: chosen(model.cooperation),
  }
}

/** A text that names a document symbol, split around it so the symbol is printed once, as a link. */
export interface SymbolInText {
  readonly before: string
  readonly after: string
}

/** Where `text` names `symbol` (as written, or in its short form 46/225); null when it does not. */
export function symbolInText(text: string, symbol: string | null): SymbolInText | null {
  if (!symbol) return null
  for (const form of [symbol, shortSymbol(symbol)]) {
    const at = text.indexOf(form)
    if (at >= 0) return { before: text.slice(0, at), after: text.slice(at + form.length) }
  }
  return null
}
