import { SOURCE_TABLE, urlProblem } from '../lib/sources.ts'
import { defineRule, fieldIssue, rowViews, textValue } from './rule.ts'

export const sourceUrl = defineRule({
  id: 'source-url',
  severity: 'error',
  description: 'A source\'s url is a web address a reader can open: no local path, no file: URL.',
  *check({ dataset }) {
    for (const view of rowViews(dataset, (t) => t.name === SOURCE_TABLE)) {
      const url = textValue(view, 'url')
      const problem = url ? urlProblem(url) : null
      if (url && problem) yield fieldIssue(view, 'url', 'source-url.not-a-web-address', { url, problem })
    }
  },
})
