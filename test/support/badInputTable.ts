import type { Field } from 'payload'

/**
 * The bad-input corpus's table: for each kind of field, the values it must refuse. A value is
 * JSON, or a raw JSON literal (`{ raw: '1e400' }`: a number JSON.stringify cannot write, which
 * JSON.parse reads as Infinity).
 */
export type BadValue = { label: string; value: unknown } | { label: string; raw: string }

const v = (label: string, value: unknown): BadValue => ({ label, value })
const raw = (label: string, text: string): BadValue => ({ label, raw: text })

export const wrongTypes = [v('true', true), v('{}', {}), v('[]', [])]
export const badText = [
  ...wrongTypes,
  v('a number', 123),
  v('a NUL byte', 'a\u0000b'),
  v('a lone surrogate', 'x\ud800y'),
]
export const blank = [v('blank', '   '), v('null', null)]
export const badNumbers = [
  ...wrongTypes,
  v('"abc"', 'abc'),
  v('"NaN"', 'NaN'),
  v('"Infinity"', 'Infinity'),
  raw('1e400 (Infinity)', '1e400'),
  raw('-1e400', '-1e400'),
  v('1e-30', 1e-30),
  v('7 decimals', 1.0000001),
  v('huge', 1e15),
]
export const negative = [v('-1', -1)]
export const zero = [v('0', 0)]
export const badIds = [
  ...wrongTypes,
  v('"abc"', 'abc'),
  v(`"1'--"`, "1'--"),
  v('1.5', 1.5),
  v('0', 0),
  v('-1', -1),
  v('"1e0"', '1e0'),
  v('missing id', 987654321),
]
export const badDates = [
  ...wrongTypes,
  v('"not a date"', 'not a date'),
  v('month 13', '2026-13-45'),
  v('Feb 30', '2026-02-30'),
  v('a number', 20261207),
]
export const badOptions = [...wrongTypes, v('unknown option', 'no-such-option'), v('a number', 7)]
export const badCheckbox = [v('"abc"', 'abc'), v('a number', 1), v('{}', {})]
export const badRows = [v('"abc"', 'abc'), v('true', true), v('{}', {}), v('[true]', [true])]

/** The number rule a field declares: the one production applies (checkFieldValues). */
const numberValues = (field: Field & { type: 'number' }): BadValue[] => {
  const sign =
    field.custom?.decimal === 'positive' || (field.min !== undefined && field.min > 0)
      ? 'positive'
      : field.min !== undefined && field.min >= 0
        ? 'non_negative'
        : 'any'
  return [
    ...badNumbers,
    ...(sign === 'any' ? [] : negative),
    ...(sign === 'positive' ? zero : []),
    ...(field.custom?.decimal === 'integer' ? [v('1.5', 1.5)] : []),
  ]
}

export type FieldCase = {
  /** The field's path as errors name it: `lines[0].quantity`. */
  path: string
  values: BadValue[]
  /** The data carrying the value: `{ lines: [{ quantity: value }] }`. */
  wrap: (value: unknown) => Record<string, unknown>
}

const badValuesOf = (field: Field): BadValue[] => {
  const required = 'required' in field && Boolean(field.required)
  const values = kindValues(field, required)
  // A required value sent as null (the text fields' list has it already).
  return required && !values.some((b) => 'value' in b && b.value === null) && values.length
    ? [...values, v('null', null)]
    : values
}

const kindValues = (field: Field, required: boolean): BadValue[] => {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return [...badText, ...(required ? blank : [])]
    case 'number':
      return numberValues(field)
    case 'relationship':
    case 'upload':
      return field.hasMany
        ? [v('"abc"', 'abc'), v('[true]', [true]), v(`["1'--"]`, ["1'--"]), v('[0]', [0])]
        : badIds
    case 'date':
      return badDates
    case 'select':
    case 'radio':
      return 'hasMany' in field && field.hasMany
        ? [v('"abc"', 'abc'), v('[true]', [true]), v('[unknown option]', ['no-such-option'])]
        : badOptions
    case 'checkbox':
      return badCheckbox
    case 'json':
      return [v('a NUL byte inside', { a: 'x\u0000' })]
    default:
      return []
  }
}

/**
 * Every writable field of a collection (rows of arrays included, their first row) with the values
 * it must refuse. Fields no one writes (read-only in the admin) and the generated id are left out.
 */
export function fieldCases(
  fields: Field[],
  prefix = '',
  wrap: (data: Record<string, unknown>) => Record<string, unknown> = (d) => d,
): FieldCase[] {
  return fields.flatMap((field): FieldCase[] => {
    if (field.type === 'row' || field.type === 'collapsible')
      return fieldCases(field.fields, prefix, wrap)
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? fieldCases(tab.fields, `${prefix}${tab.name}.`, (d) => wrap({ [tab.name!]: d }))
          : fieldCases(tab.fields, prefix, wrap),
      )
    if (
      !('name' in field) ||
      !field.name ||
      field.name === 'id' ||
      (field.admin as { readOnly?: boolean })?.readOnly
    )
      return []
    const admin = field.admin as { disabled?: boolean } | undefined
    if (field.type === 'ui' || field.type === 'join' || field.hidden || admin?.disabled) return []
    const name = field.name
    const path = `${prefix}${name}`
    if (field.type === 'group')
      return fieldCases(field.fields, `${path}.`, (d) => wrap({ [name]: d }))
    if (field.type === 'array') {
      const rows: FieldCase = { path, values: badRows, wrap: (value) => wrap({ [name]: value }) }
      return [rows, ...fieldCases(field.fields, `${path}[0].`, (d) => wrap({ [name]: [d] }))]
    }
    const values = badValuesOf(field)
    return values.length ? [{ path, values, wrap: (value) => wrap({ [name]: value }) }] : []
  })
}

/** The JSON text of a body carrying one bad value (a raw literal spliced in where it goes). */
export function bodyText(wrap: (value: unknown) => unknown, bad: BadValue): string {
  if ('value' in bad) return JSON.stringify(wrap(bad.value))
  const marker = '"__raw_value__"'
  return JSON.stringify(wrap('__raw_value__')).replace(marker, bad.raw)
}

/** What an answer must not contain: a stack, a file path, SQL. */
export const leaks =
  /\bat [\w.<>]+ \(|node_modules|\/src\/|\.ts:\d+|\bselect\b.*\bfrom\b|\binsert into\b|\bupdate "|violates|syntax for type|\bpg_|drizzle/i

/** Whether an error answer names the field by its path (`lines[0].quantity`, `lines.0.quantity`). */
export function namesField(text: string, path: string): boolean {
  const normalize = (s: string) => s.toLowerCase().replace(/\[(\d+)\]/g, '.$1')
  return normalize(text).includes(normalize(path))
}

const idList = [
  v('"abc"', 'abc'),
  v('true', true),
  v('{}', {}),
  v('[true]', [true]),
  v(`["1'--"]`, ["1'--"]),
  v('[0]', [0]),
  v('[1.5]', [1.5]),
]
const badQuantities = [...badNumbers, ...negative, ...zero]
const badKeys = [
  v('{}', {}),
  v('[]', []),
  v('true', true),
  v('a NUL byte', 'k\u0000'),
  v('a lone surrogate', 'k\ud800'),
]

type ArgKind =
  | 'amount'
  | 'count'
  | 'date'
  | 'id'
  | 'ids'
  | 'index'
  | 'key'
  | 'option'
  | 'quantity'
  | 'rows'
  | 'text'

const valuesOfKind: Record<ArgKind, BadValue[]> = {
  amount: [...badNumbers, ...negative],
  count: [...wrongTypes, v('"abc"', 'abc'), v('-1', -1), v('1.5', 1.5)],
  date: badDates,
  id: badIds,
  ids: idList,
  index: [...wrongTypes, v('"abc"', 'abc'), v('-1', -1), v('1.5', 1.5), v('past the end', 99)],
  key: badKeys,
  option: badOptions,
  quantity: badQuantities,
  rows: badRows,
  text: badText,
}

/** An action's case: valid arguments but for the one bad value at `path`. */
export type ActionCase = {
  action: string
  args: Record<string, unknown>
  path: string
  values: BadValue[]
}

/**
 * The actions' arguments, each with the kind of value it takes and, for lists of lines, the
 * fields of one line. `base` gives valid arguments, so the bad one is the one refused.
 */
export type ActionTable = Record<
  string,
  {
    args: Record<string, ArgKind>
    base: Record<string, unknown>
    row?: { arg: string; base: Record<string, unknown>; fields: Record<string, ArgKind> }
  }
>

export function actionCases(table: ActionTable): ActionCase[] {
  return Object.entries(table).flatMap(([action, { args, base, row }]) => [
    ...Object.entries(args).map(([arg, kind]) => ({
      action,
      args: base,
      path: arg,
      values: [...valuesOfKind[kind], ...spellingsOf(kind, base[arg])],
    })),
    ...Object.entries(row?.fields ?? {}).map(([field, kind]) => ({
      action,
      args: { ...base, [row!.arg]: [{ ...row!.base, [field]: '__value__' }] },
      path: `${row!.arg}[0].${field}`,
      values: [...valuesOfKind[kind], ...spellingsOf(kind, row!.base[field])],
    })),
  ])
}

/**
 * Other spellings of an existing document's id, which a loose parse (`Number(value)`) would take
 * for it. The fixed bad ids only catch that when a document with id 1 happens to exist.
 */
function spellingsOf(kind: ArgKind, id: unknown): BadValue[] {
  if (kind !== 'id' || typeof id !== 'number') return []
  return [v(`"${id}e0"`, `${id}e0`), v(`"${id}.0"`, `${id}.0`), v(`" ${id} "`, ` ${id} `)].filter(
    (spelling) => !badIds.some((bad) => bad.label === spelling.label),
  )
}

/** The arguments with the bad value in place (at the top, or in the first line). */
export function withBadValue(c: ActionCase, bad: BadValue): string {
  const marker = '"__raw_value__"'
  const put = (value: unknown) => {
    if (c.path.includes('[0].')) {
      const [arg] = c.path.split('[0].') as [string]
      const line = (c.args[arg] as Record<string, unknown>[])[0]!
      const field = c.path.split('[0].')[1]!
      return { ...c.args, [arg]: [{ ...line, [field]: value }] }
    }
    return { ...c.args, [c.path]: value }
  }
  if ('value' in bad) return JSON.stringify(put(bad.value))
  return JSON.stringify(put('__raw_value__')).replace(marker, bad.raw)
}
