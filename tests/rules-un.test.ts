import { describe, expect, it } from 'vitest'
import { loadDataset } from '../pipeline/load.ts'
import type { Finding } from '../pipeline/types.ts'
import { datasetWith } from './helpers/fixtures.ts'

/** The findings of one rule on the minimal dataset with some tables replaced. */
async function ruleFindings(rule: string, tables: Record<string, string>, asOf?: string): Promise<Finding[]> {
  const { findings } = await loadDataset(await datasetWith(tables), asOf ? { asOf } : {})
  return findings.filter((f) => f.rule === rule)
}

const RESOLUTIONS = 'id,symbol,title,session,adoption_date,kyrgyz_role,source\n'
const MEMBERSHIPS = 'id,body,term_start,term_end,status,election_date,partners,source\n'
const DEPLOYMENTS = 'id,place,mission,deployed_from,deployed_to,remark,source\n'
const MILESTONES = 'id,date,event,event_ru,source\n'

const lines = (findings: Finding[]) => findings.map((f) => [f.line, f.severity])

describe('symbol-format', () => {
  it('passes canonical symbols and mentions the canonical form of another notation', async () => {
    const findings = await ruleFindings('symbol-format', { 'resolutions.csv': `${RESOLUTIONS}R1,A/RES/46/225,A,46,1992-03-02,subject,seed\nR2,46/225,B,46,1992-03-02,subject,seed\n` })
    expect(findings.map((f) => [f.line, f.severity, f.message])).toEqual([[3, 'info', 'symbol "46/225" is read as A/RES/46/225']])
  })
  it('fails what is not a symbol, and a symbol with a Cyrillic А', async () => {
    const findings = await ruleFindings('symbol-format', { 'resolutions.csv': `${RESOLUTIONS}R1,S/RES/2559,A,75,2020-12-22,subject,seed\nR2,А/RES/46/225,B,46,1992-03-02,subject,seed\n` })
    expect(lines(findings)).toEqual([[2, 'error'], [3, 'error']])
    expect(findings[1]!.message).toContain('Cyrillic letters that look like Latin ones')
  })
})

describe('symbol-session', () => {
  it('passes a symbol of the same session and fails another', async () => {
    const findings = await ruleFindings('symbol-session', { 'resolutions.csv': `${RESOLUTIONS}R1,A/RES/46/225,A,46th,1992-03-02,subject,seed\nR2,A/RES/53/24,B,55,1998-11-10,initiator,seed\n` })
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([[3, 4, 'symbol A/RES/53/24 is of the 53rd session, but the session column says 55']])
  })
})

describe('session-date', () => {
  it('passes dates inside the session, including a year that overlaps it', async () => {
    expect(await ruleFindings('session-date', { 'resolutions.csv': `${RESOLUTIONS}R1,A/RES/46/225,A,46,1992-03-02,subject,seed\nR2,,B,49,1995,initiator,seed\nR3,A/RES/53/24,C,LIII,1999-09-13,initiator,seed\n` })).toEqual([])
  })
  it('fails a date in another session, with the session span in the message', async () => {
    const [finding] = await ruleFindings('session-date', { 'resolutions.csv': `${RESOLUTIONS}R1,A/RES/62/10,A,62,2008-11-26,initiator,seed\n` })
    expect(finding).toMatchObject({ line: 2, severity: 'error', field: 'adoption_date' })
    expect(finding!.message).toBe('adopted 26 November 2008, outside the 62nd session (18 September 2007 – 16 September 2008)')
  })
  it('only warns within three weeks of an estimated bound, and errs beyond', async () => {
    // The 45th session's opening (1990) is estimated in the reference; the 44th opened 19 September 1989.
    const findings = await ruleFindings('session-date', { 'resolutions.csv': `${RESOLUTIONS}R1,,A,44,1990-09-25,initiator,seed\nR2,,B,44,1990-12-20,initiator,seed\n` })
    expect(lines(findings)).toEqual([[2, 'warning'], [3, 'error']])
    expect(findings[0]!.message).toContain('only estimated')
  })
  it('checks special sessions against their own dates, not the regular numbering', async () => {
    const findings = await ruleFindings('session-date', { 'resolutions.csv': `${RESOLUTIONS}R1,A/RES/S-26/2,HIV/AIDS,56,2001-06-27,mentioned,seed\nR2,A/RES/S-26/3,HIV/AIDS,56,1995-06-27,mentioned,seed\n` })
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.line)).toEqual([3])
  })
})

describe('future-date', () => {
  it('fails an event after the as-of date but not a candidature', async () => {
    const findings = await ruleFindings('future-date', { 'memberships.csv': `${MEMBERSHIPS}M1,HRC,2027,2029,member,2027-10-10,,seed\nM2,HRC,2027,2029,candidate,2027-10-10,,seed\n` })
    expect(findings.map((f) => [f.line, f.field])).toEqual([[2, 'election_date']])
  })
})

describe('term-order', () => {
  it('fails a term that ends before it starts', async () => {
    const findings = await ruleFindings('term-order', { 'memberships.csv': `${MEMBERSHIPS}M1,HRC,2018,2016,member,,,seed\nM2,HRC,2016,2016,member,,,seed\n` })
    expect(findings.map((f) => [f.line, f.message])).toEqual([[2, 'term_end 2016 is before term_start 2018']])
  })
})

describe('term-length', () => {
  it("warns on a term that is not the body's usual length", async () => {
    const findings = await ruleFindings('term-length', {
      'memberships.csv': `${MEMBERSHIPS}M1,UNSC,2027-01-01,2028-12-31,member,,,seed\nM2,UNSC,2027-01-01,2029-12-31,member,,,seed\nM3,CND,2018,2021,member,,,seed\nM4,Commission on Narcotic Drugs,2018,2019,member,,,seed\n`,
    })
    expect(findings.map((f) => [f.line, f.severity])).toEqual([[3, 'warning'], [5, 'warning']])
    expect(findings[0]!.message).toBe('a term of 3 year(s) (2027–2029), but members of Security Council serve 2 years')
  })
})

describe('stale-current', () => {
  it('warns when a row calls current what ended before the as-of date', async () => {
    const findings = await ruleFindings('stale-current', { 'deployments.csv': `${DEPLOYMENTS}D1,Darfur,UNAMID,,,Currently serving in Darfur,seed\nD2,Abyei,UNISFA,,,currently serving,seed\nD3,Liberia,UNMIL,2011,2016,currently,seed\n` })
    expect(findings.map((f) => [f.line, f.field])).toEqual([[2, 'remark'], [4, 'remark']])
    expect(findings[0]!.message).toContain('UNAMID ended 31 December 2020')
  })
  it('judges by the as-of date given', async () => {
    expect(await ruleFindings('stale-current', { 'deployments.csv': `${DEPLOYMENTS}D1,Darfur,UNAMID,,,currently serving,seed\n` }, '2019-01-01')).toEqual([])
  })
})

describe('stale-candidature', () => {
  it('warns when the election for a candidature has been held', async () => {
    const findings = await ruleFindings('stale-candidature', { 'memberships.csv': `${MEMBERSHIPS}M1,UNSC,2027,2028,candidate,,,seed\nM2,UNSC,2031,2032,candidate,,,seed\nM3,HRC,2030,2032,candidate,2026-10-10,,seed\n` })
    expect(findings.map((f) => f.line)).toEqual([2, 4])
  })
})

describe('mission-period', () => {
  it('fails deployments outside the mandate and an open-ended one in an ended mission', async () => {
    const findings = await ruleFindings('mission-period', { 'deployments.csv': `${DEPLOYMENTS}D1,Darfur,UNAMID,2005,2020,,seed\nD2,Darfur,UNAMID,2011,2022,,seed\nD3,Darfur,UNAMID,2011,,,seed\nD4,South Sudan,UNMISS,2011,,,seed\n` })
    expect(findings.map((f) => [f.line, f.field])).toEqual([[2, 'deployed_from'], [3, 'deployed_to'], [4, 'deployed_to']])
  })
})

describe('entity rules', () => {
  const members = (...bodies: string[]) => MEMBERSHIPS + bodies.map((b, i) => `M${i + 1},"${b}",,,term unknown,,,seed\n`).join('')

  it('entity-unknown: a garbled name, with the likely one in the hint', async () => {
    const findings = await ruleFindings('entity-unknown', { 'memberships.csv': members('Human Rights Council', 'Comission on Narcotic Drugs') })
    expect(findings.map((f) => [f.line, f.value])).toEqual([[3, 'Comission on Narcotic Drugs']])
    expect(findings[0]!.hint).toContain('did you mean "Commission on Narcotic Drugs"')
  })
  it('entity-unknown: items of a list are checked one by one', async () => {
    const findings = await ruleFindings('entity-unknown', { 'memberships.csv': `${MEMBERSHIPS}M1,HRC,,,term unknown,,UNDP;UN Office of Counter-Terrorismand,seed\n` })
    expect(findings.map((f) => f.value)).toEqual(['UN Office of Counter-Terrorismand'])
  })
  it('entity-renamed: a wrong name and a former name, but not an alias', async () => {
    const findings = await ruleFindings('entity-renamed', { 'memberships.csv': members('Committee on Drugs', 'UNEP Executive Board', 'UN Committee on NGOs', 'United Nations Department for Disarmament Affairs') })
    expect(findings.map((f) => f.line)).toEqual([2, 3, 5])
    expect(findings[0]!.message).toBe('no UN body is called "Committee on Drugs": this is Commission on Narcotic Drugs (CND)')
    expect(findings[2]!.message).toContain('is a former name')
  })
  it('entity-ended: a membership of an abolished body without an end before it', async () => {
    const findings = await ruleFindings('entity-ended', { 'memberships.csv': `${MEMBERSHIPS}M1,Commission on Sustainable Development,,,term unknown,,,seed\nM2,CSD,2005,2007,member,,,seed\n` })
    expect(findings.map((f) => f.line)).toEqual([2])
    expect(findings[0]!.message).toContain('Commission on Sustainable Development ended')
  })
  it('duplicate-entity: the same body under two names and the same name twice', async () => {
    const findings = await ruleFindings('duplicate-entity', {
      'memberships.csv': members('UN Committee on NGOs', 'Committee on Non-Governmental Organizations', 'International Telecommunication Union', 'International Telecommunication Union', 'Human Rights Council'),
    })
    expect(findings.map((f) => f.line)).toEqual([3, 5])
    expect(findings[0]!.message).toContain('as on line 2')
  })
})

describe('mixed-script', () => {
  it('warns on a Cyrillic word in English text and a look-alike inside a word, and allows acronyms in Russian', async () => {
    const findings = await ruleFindings('mixed-script', {
      'milestones.csv': `${MILESTONES}E1,1992,Admission и membership,Приём в ООН (UNDP),seed\nE2,1993,Аdmission,Приём,seed\nE3,1994,Admission,Приём в UN office,seed\n`,
    })
    expect(findings.map((f) => [f.line, f.field])).toEqual([[2, 'event'], [3, 'event'], [4, 'event_ru']])
    expect(findings[0]!.message).toBe('Cyrillic word "и" in English text')
  })
})

describe('term-missing', () => {
  it('notes a membership without a term, as info', async () => {
    const findings = await ruleFindings('term-missing', { 'memberships.csv': `${MEMBERSHIPS}M1,HRC,,,term unknown,,,seed\nM2,UNSC,2027,2028,candidate,,,seed\n` })
    expect(lines(findings)).toEqual([[2, 'info']])
  })
})
