import type { FieldType } from '../types.ts'
import { parseAsOf } from './dates.ts'

const FIELD_TYPES: readonly FieldType[] = ['string', 'integer', 'number', 'boolean', 'date', 'list']

/**
 * Checks the parts of a Frictionless Data Package descriptor that the pipeline relies on and returns
 * the problems as sentences (empty when it is usable). Unknown properties are allowed, as in the spec.
 */
export function descriptorProblems(value: unknown): string[] {
  const problems: string[] = []
  if (typeof value !== 'object' || value === null) return ['the descriptor is not a JSON object']
  const pkg = value as Record<string, unknown>
  for (const key of ['name', 'title', 'country'] as const) {
    if (typeof pkg[key] !== 'string' || pkg[key] === '') problems.push(`"${key}" must be a non-empty string`)
  }
  if (pkg.asOf !== undefined && (typeof pkg.asOf !== 'string' || !parseAsOf(pkg.asOf))) {
    problems.push(`"asOf" must be a date written YYYY-MM-DD, not ${JSON.stringify(pkg.asOf)}`)
  }
  const languages = pkg.languages
  if (!Array.isArray(languages) || languages.length === 0 || !languages.every((l) => typeof l === 'string')) {
    problems.push('"languages" must be a non-empty list of language codes such as ["en"]')
  }
  if (!Array.isArray(pkg.resources) || pkg.resources.length === 0) {
    problems.push('"resources" must be a non-empty list of tables')
    return problems
  }
  pkg.resources.forEach((resource: unknown, index: number) => {
    const where = `resources[${index}]`
    if (typeof resource !== 'object' || resource === null) return void problems.push(`${where} is not an object`)
    const r = resource as Record<string, unknown>
    if (typeof r.name !== 'string' || r.name === '') problems.push(`${where}.name must be a non-empty string`)
    if (typeof r.path !== 'string' || !/^[\w.-]+\.csv$/.test(r.path)) {
      problems.push(`${where}.path must be a CSV file name inside the dataset folder, such as "resolutions.csv"`)
    }
    const schema = r.schema as Record<string, unknown> | undefined
    if (typeof schema !== 'object' || schema === null || !Array.isArray(schema.fields)) {
      return void problems.push(`${where}.schema.fields must be a list of fields`)
    }
    schema.fields.forEach((field: unknown, f: number) => {
      const fd = field as Record<string, unknown> | null
      if (typeof fd?.name !== 'string') problems.push(`${where}.schema.fields[${f}].name must be a string`)
      if (!FIELD_TYPES.includes(fd?.type as FieldType)) {
        problems.push(`${where}.schema.fields[${f}].type must be one of ${FIELD_TYPES.join(', ')}`)
      }
    })
  })
  return problems
}
