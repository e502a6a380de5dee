import { copyFile, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { csvText } from '../../pipeline/lib/csv-write.ts'
import { copyOfDefaultDataset } from './dataset-copy.ts'
import { fixtures, root } from './fixtures.ts'

/**
 * A copy of the default dataset with tests/fixtures/briefing-pack/ laid over it: the summary table, the
 * cover's lines and the `see` cross-references of some areas of cooperation (the others keep theirs).
 * The summary's table and the `see` column are declared only where the dataset does not declare them yet.
 */
export async function datasetWithPackFixture(): Promise<string> {
  const dataset = await copyOfDefaultDataset()
  const fixture = path.join(fixtures, 'briefing-pack')
  const descriptorFile = path.join(dataset, 'datapackage.json')
  const descriptor = JSON.parse(await readFile(descriptorFile, 'utf8'))
  const builtIn = JSON.parse(await readFile(path.join(root, 'pipeline', 'schemas', 'tables.json'), 'utf8'))
  const cover = JSON.parse(await readFile(path.join(fixture, 'cover.json'), 'utf8'))
  const see: Record<string, string[]> = JSON.parse(await readFile(path.join(fixture, 'cooperation-see.json'), 'utf8'))
  const named = (name: string) => (r: { name: string }) => r.name === name
  const cooperation = descriptor.resources.find(named('cooperation'))
  if (!cooperation.schema.fields.some(named('see'))) cooperation.schema.fields.push({ name: 'see', type: 'list', delimiter: ';' })
  const summary = descriptor.resources.some(named('summary')) ? [] : [builtIn.resources.find(named('summary'))]
  const i18n = Object.fromEntries(Object.entries(descriptor.i18n ?? {}).map(([lang, texts]) => [lang, { ...(texts as object), ...cover.i18n[lang] }]))
  Object.assign(descriptor, cover, { i18n, resources: [...descriptor.resources, ...summary] })
  await writeFile(descriptorFile, JSON.stringify(descriptor, null, 2))
  await copyFile(path.join(fixture, 'summary.csv'), path.join(dataset, 'summary.csv'))
  const [header, ...rows]: string[][] = parse(await readFile(path.join(dataset, 'cooperation.csv'), 'utf8'))
  const at = header!.indexOf('see')
  const seeOf = (row: string[], current = '') => see[row[0]!]?.join(';') ?? current
  const withSee = at < 0 ? [[...header!, 'see'], ...rows.map((row) => [...row, seeOf(row)])] : [header!, ...rows.map((row) => row.map((cell, i) => (i === at ? seeOf(row, cell) : cell)))]
  await writeFile(path.join(dataset, 'cooperation.csv'), csvText(withSee[0]!, withSee.slice(1)))
  return dataset
}
