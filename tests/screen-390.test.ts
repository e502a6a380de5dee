import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, type LaunchedBrowser } from '../pipeline/lib/browser.ts'
import { runCliAsync, tempDir } from './helpers/fixtures.ts'
import { openBuiltDocument, recordedCanvases, screenProblems, type RecordedCanvas, type ScreenProblems } from './helpers/rendered-page.ts'

/** A small phone's width, in CSS pixels, and the smallest text it should show (issue 12, must-have 9). */
const PHONE_PX = 390
const MIN_TEXT_PX = 11

const CASES = ['en', 'ru', 'ky'].flatMap((lang) => ['factsheet', 'briefing-pack'].map((doc) => ({ lang, doc, name: `${doc} ${lang}` })))
const seen = new Map<string, { problems: ScreenProblems; canvases: RecordedCanvas[] }>()
let build: { code: number | null; stderr: string }
let launched: LaunchedBrowser

beforeAll(async () => {
  const out = await tempDir('factsheet-screen-')
  build = await runCliAsync(['build', '--out', out, '--format', 'html', '--force'])
  if (build.code !== 0) return
  launched = await launchBrowser()
  for (const { lang, doc, name } of CASES) {
    const page = await openBuiltDocument(launched.browser, path.join(out, 'kyrgyzstan', lang, `${doc}.html`), { screen: PHONE_PX })
    seen.set(name, { problems: await screenProblems(page, MIN_TEXT_PX), canvases: await recordedCanvases(page) })
    await page.close()
  }
}, 300_000)

afterAll(async () => {
  await launched?.close()
})

function seenAt(name: string) {
  const s = seen.get(name)
  if (!s) throw new Error(`there is no ${name} to look at: the build failed (see “builds the HTML in every language”)`)
  return s
}

/** A long list of offenders, cut to what a failure message can show: how many, and the first few. */
const few = (list: readonly string[]) => ({ count: list.length, first: list.slice(0, 6) })

describe(`the HTML at ${PHONE_PX} px wide, in Chromium`, () => {
  it('builds the HTML in every language', () => {
    expect(build.code, build.stderr).toBe(0)
  })

  it.each(CASES)('$name: nothing wider than the screen, nothing scrolls sideways', ({ name }) => {
    const { problems } = seenAt(name)
    expect({ pageOverflow: problems.pageOverflow, wider: few(problems.wider) }).toEqual({ pageOverflow: 0, wider: few([]) })
  })

  it.each(CASES)('$name: nothing clipped or scrolled inside a box', ({ name }) => {
    expect(few(seenAt(name).problems.clipped)).toEqual(few([]))
  })

  it.each(CASES)(`$name: text at least ${MIN_TEXT_PX} px`, ({ name }) => {
    expect(few(seenAt(name).problems.smallText)).toEqual(few([]))
  })

  it.each(CASES)(`$name: each chart shown draws its labels at least ${MIN_TEXT_PX} px (or gives way to its table)`, ({ name }) => {
    const small = seenAt(name).canvases.flatMap((c) => {
      if (c.box.width === 0 || c.texts.length === 0) return []
      const px = Math.min(...c.texts.map((t) => (t.bitmapPx * c.box.width) / c.width))
      return px < MIN_TEXT_PX - 0.01 ? [`${c.id}: ${px.toFixed(1)} px`] : []
    })
    expect(small).toEqual([])
  })
})
