import type { Field } from 'payload'

import {
  checkboxProblem,
  dateProblem,
  type DecimalSign,
  integerProblem,
  jsonProblem,
  numberProblem,
  optionProblem,
  relationProblem,
  textProblem,
  type ValueProblem,
} from './rules/inputValues'

export type FieldError = { message: string; path: string }

/** A document a relationship value names: whether it exists is the caller's question. */
export type Reference = { collection: string; id: number; path: string }

/**
 * How a number field is read. Quantities and money by default: finite, at most the stored
 * scale, never negative when the field has `min: 0`. `custom.decimal` says otherwise:
 * 'positive' (a quantity that must be more than nothing) or 'integer' (a count).
 */
const signOf = (field: { custom?: Record<string, unknown>; min?: number }): DecimalSign =>
  field.custom?.decimal === 'positive' || (field.min !== undefined && field.min > 0)
    ? 'positive'
    : field.min !== undefined && field.min >= 0
      ? 'non_negative'
      : 'any'

const optionValues = (options: unknown[]): string[] =>
  options.map((o) => (typeof o === 'string' ? o : (o as { value: string }).value))

/** The ids a well-formed relationship value names, with their collection. */
function referencesOf(field: Field, value: unknown, path: string): Reference[] {
  if (field.type !== 'relationship' && field.type !== 'upload') return []
  const values = Array.isArray(value) ? value : [value]
  return values.flatMap((v, index): Reference[] => {
    if (v === null || v === undefined) return []
    const at = Array.isArray(value) ? `${path}[${index}]` : path
    if (Array.isArray(field.relationTo)) {
      const { relationTo, value: inner } = v as { relationTo: string; value: unknown }
      const id = inner && typeof inner === 'object' ? (inner as { id: unknown }).id : inner
      return [{ collection: relationTo, id: Number(id), path: at }]
    }
    const id = typeof v === 'object' ? (v as { id: unknown }).id : v
    return [{ collection: field.relationTo, id: Number(id), path: at }]
  })
}

function valueProblem(field: Field, value: unknown): ValueProblem {
  const required = 'required' in field && Boolean(field.required)
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      if (field.type === 'text' && field.hasMany && Array.isArray(value))
        return value.map((v) => textProblem(v, true)).find(Boolean) ?? null
      return textProblem(value, required && value !== undefined)
    case 'number':
      return field.custom?.decimal === 'integer'
        ? integerProblem(value, signOf(field))
        : numberProblem(value, signOf(field))
    case 'relationship':
    case 'upload': {
      const polymorphic = Array.isArray(field.relationTo)
      if (!field.hasMany) return relationProblem(value, polymorphic)
      if (value === null || value === undefined) return null
      if (!Array.isArray(value)) return 'must be a list of document ids'
      return value.map((v) => relationProblem(v ?? 'missing', polymorphic)).find(Boolean) ?? null
    }
    case 'date':
      return dateProblem(value)
    case 'checkbox':
      return checkboxProblem(value)
    case 'select':
    case 'radio':
      return optionProblem(
        value,
        optionValues(field.options),
        'hasMany' in field && !!field.hasMany,
      )
    case 'json':
    case 'richText':
      return jsonProblem(value)
    default:
      return null
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/**
 * Every problem with the values a create or update carries, field by field, before any hook
 * reads them. Only fields present are checked (an update leaves the others as they are); an
 * array's rows are complete, so a required field missing from a row is named here too.
 */
export function checkFieldValues(
  fields: Field[],
  data: Record<string, unknown>,
  references: Reference[] = [],
  prefix = '',
  wholeRow = false,
): FieldError[] {
  const errors: FieldError[] = []
  for (const field of fields) {
    if (field.type === 'ui' || field.type === 'join') continue
    if (
      field.type === 'row' ||
      field.type === 'collapsible' ||
      (field.type === 'group' && !('name' in field && field.name))
    ) {
      errors.push(...checkFieldValues(field.fields, data, references, prefix, wholeRow))
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name)
          errors.push(...nested(tab.fields, data[tab.name], `${prefix}${tab.name}`, references))
        else errors.push(...checkFieldValues(tab.fields, data, references, prefix, wholeRow))
      }
      continue
    }
    if (!('name' in field) || !field.name || field.name === 'id') continue
    const path = `${prefix}${field.name}`
    const value = data[field.name]
    if (field.type === 'group') {
      errors.push(...nested(field.fields, value, path, references))
      continue
    }
    if (field.type === 'array' || field.type === 'blocks') {
      // The admin's form sends an array without rows as its row count, 0; Payload stores none.
      if (value === undefined || value === null || value === 0) continue
      if (!Array.isArray(value)) {
        errors.push({ message: 'must be a list of rows', path })
        continue
      }
      value.forEach((row, index) => {
        const at = `${path}[${index}]`
        if (!isRecord(row)) return errors.push({ message: 'must be an object', path: at })
        const rowFields =
          field.type === 'array'
            ? field.fields
            : (field.blocks.find((b) => b.slug === row.blockType)?.fields ?? [])
        errors.push(...checkFieldValues(rowFields, row, references, `${at}.`, true))
      })
      continue
    }
    if (value === null) {
      // A default fills a value left out, never one sent as null.
      if (isRequired(field)) errors.push({ message: 'is required', path })
      continue
    }
    if (value === undefined) {
      if (wholeRow && missingFromRow(field)) errors.push({ message: 'is required', path })
      continue
    }
    const problem = valueProblem(field, value)
    if (problem) errors.push({ message: problem, path })
    else references.push(...referencesOf(field, value, path))
  }
  return errors
}

function nested(
  fields: Field[],
  value: unknown,
  path: string,
  references: Reference[],
): FieldError[] {
  if (value === undefined || value === null) return []
  if (!isRecord(value)) return [{ message: 'must be an object', path }]
  return checkFieldValues(fields, value, references, `${path}.`)
}

/** A value the document cannot do without; fields the plugin keeps (read-only) its hooks fill. */
const isRequired = (field: Field): boolean =>
  'required' in field &&
  Boolean(field.required) &&
  !field.admin?.readOnly &&
  field.type !== 'array' &&
  field.type !== 'blocks'

/** Left out of an array's row (rows are sent whole) where no default fills it. */
const missingFromRow = (field: Field): boolean =>
  isRequired(field) && !('defaultValue' in field && field.defaultValue !== undefined)
