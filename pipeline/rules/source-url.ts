import { SOURCE_TABLE, urlProblem } from '../lib/sources.ts'
import { fieldIssue, rowViews, textValue, type Rule } from './rule.ts'

export const sourceUrl: Rule = {
  id: 'source-url',
  severity: 'error',
  description: 'A source\'s url is a web address a reader can open: no local path, no file: URL.',
  *check({ dataset }) {
    for (const view of rowViews(dataset, (t) => t.name === SOURCE_TABLE)) {
      const url = textValue(view, 'url')
      const problem = url ? urlProblem(url) : null
      if (problem) yield fieldIssue(view, 'url', `url "${url}" ${problem}`, 'give the https:// address where a reader can open the document (for a UN document: https://undocs.org/<symbol>)')
    }
  },
}
