import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDataset, type LoadedDataset } from '../pipeline/load.ts'
import { fixtures } from './helpers/fixtures.ts'

/**
 * The source document transcribed verbatim (tests/fixtures/seed-as-written/), checked against the
 * defects listed in shared/reference/kg-un-facts.md ("Seed inconsistencies"): each expected finding is
 * [defect number there, file, line, rule].
 */
const EXPECTED: readonly [number, string, number, string][] = [
  [1, 'memberships.csv', 15, 'duplicate-entity'], // ITU listed again
  [1, 'memberships.csv', 16, 'duplicate-entity'], // ITU a third time
  [2, 'memberships.csv', 12, 'duplicate-entity'], // Committee on NGOs under a second name
  [3, 'memberships.csv', 8, 'entity-renamed'], // "Committee on Drugs"
  [4, 'memberships.csv', 4, 'entity-renamed'], // "UNEP Executive Board"
  [4, 'memberships.csv', 4, 'entity-ended'], // and its Governing Council became UNEA in 2013
  [5, 'memberships.csv', 11, 'entity-ended'], // Commission on Sustainable Development, abolished 2013
  [7, 'memberships.csv', 21, 'entity-renamed'], // ISAR is a Working Group
  [8, 'presence.csv', 8, 'entity-renamed'], // "Office for Drug Control and Crime"
  [9, 'presence.csv', 6, 'entity-unknown'], // the garbled UNHCR name
  [10, 'presence.csv', 2, 'entity-renamed'], // "Development Program"
  [11, 'cooperation.csv', 15, 'entity-renamed'], // Department for Disarmament Affairs, renamed 2007; "Center"
  [13, 'resolutions.csv', 12, 'mixed-script'], // the Cyrillic "и"
  [14, 'cooperation.csv', 13, 'entity-unknown'], // "Counter-Terrorismand"
  [25, 'memberships.csv', 19, 'stale-current'], // "Currently … Human Rights Council for 2016-2018"
  [27, 'memberships.csv', 22, 'stale-candidature'], // the 2027-2028 Security Council seat was won on 3 June 2026
  [28, 'memberships.csv', 2, 'term-missing'], // bodies listed with no terms
  [29, 'deployments.csv', 10, 'stale-current'], // "currently serving" in Darfur: UNAMID ended 2020
]

describe('the source document as written', () => {
  let loaded: LoadedDataset

  beforeAll(async () => {
    loaded = await loadDataset(path.join(fixtures, 'seed-as-written'))
  })

  it.each(EXPECTED)('defect %i: %s line %i is reported by %s', (_defect, file, line, rule) => {
    const found = loaded.findings.filter((f) => f.file.endsWith(file) && f.line === line && f.rule === rule)
    expect(found.length, `${file}:${line} ${rule}`).toBeGreaterThanOrEqual(1)
    expect(found[0]!.hint).toBeTruthy()
  })

  it('catches at least 12 of the listed defects', () => {
    const caught = new Set(EXPECTED.filter(([, file, line, rule]) => loaded.findings.some((f) => f.file.endsWith(file) && f.line === line && f.rule === rule)).map(([n]) => n))
    expect(caught.size).toBeGreaterThanOrEqual(12)
  })

  it('reads its dates and session lists as written', () => {
    const resolutions = loaded.dataset.tables.resolutions!.rows
    expect(resolutions.find((r) => r.values.id === 'R7')!.values.session).toEqual(['60', '62', '64', '66', '68', '70'])
    expect(resolutions.find((r) => r.values.id === 'R12')!.values.adoption_date).toEqual({ year: 2017, month: 12, day: 11, precision: 'day' })
    expect(loaded.findings.filter((f) => f.rule === 'schema-type')).toEqual([])
  })
})
