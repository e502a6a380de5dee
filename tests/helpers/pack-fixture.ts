import { copyFile, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { csvText } from '../../pipeline/lib/csv-write.ts'
import { copyOfDefaultDataset } from './dataset-copy.ts'
import { fixtures, root } from './fixtures.ts'

/** A copy of the default dataset with tests/fixtures/briefing-pack/ laid over it: the summary table, the cover's lines and some `see` cross-references. */
export async function datasetWithPackFixture(): Promise<string> {
  const dataset = await copyOfDefaultDataset()
  const fixture = path.join(fixtures, 'briefing-pack')
  const descriptorFile = path.join(dataset, 'datapackage.json')
  const descriptor = JSON.parse(await readFile(descriptorFile, 'utf8'))
  const builtIn = JSON.parse(await readFile(path.join(root, 'pipeline', 'schemas', 'tables.json'), 'utf8'))
  const cover = JSON.parse(await readFile(path.join(fixture, 'cover.json'), 'utf8'))
  const see: Record<string, string[]> = JSON.parse(await readFile(path.join(fixture, 'cooperation-see.json'), 'utf8'))
  const cooperation = descriptor.resources.find((r: { name: string }) => r.name === 'cooperation')
  cooperation.schema.fields.push({ name: 'see', type: 'list', delimiter: ';' })
  const i18n = Object.fromEntries(Object.entries(descriptor.i18n ?? {}).map(([lang, texts]) => [lang, { ...(texts as object), ...cover.i18n[lang] }]))
  Object.assign(descriptor, cover, { i18n, resources: [...descriptor.resources, builtIn.resources.find((r: { name: string }) => r.name === 'summary')] })
  await writeFile(descriptorFile, JSON.stringify(descriptor, null, 2))
  await copyFile(path.join(fixture, 'summary.csv'), path.join(dataset, 'summary.csv'))
  const rows: string[][] = parse(await readFile(path.join(dataset, 'cooperation.csv'), 'utf8'))
  await writeFile(path.join(dataset, 'cooperation.csv'), csvText([...rows[0]!, 'see'], rows.slice(1).map((row) => [...row, (see[row[0]!] ?? []).join(';')])))
  return dataset
}
