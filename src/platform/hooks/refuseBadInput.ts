import type {
  CollectionBeforeOperationHook,
  Field,
  GlobalBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { checkFieldValues, type FieldError, type Reference } from '../checkFieldValues'
import { invalid, invalidEach } from '../errors'
import { isCanonicalId } from '../rules/inputValues'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

type Compared = { accepts: (value: unknown) => boolean; what: string }

/**
 * The fields a `where` compares by value, and what each takes: ids (the id, a relationship),
 * one of a select's options, a number. Postgres refuses anything else with an error.
 */
function comparedFieldsOf(fields: Field[], into = new Map<string, Compared>()) {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') comparedFieldsOf(field.fields, into)
    else if (field.type === 'tabs')
      for (const tab of field.tabs)
        if (!('name' in tab && tab.name)) comparedFieldsOf(tab.fields, into)
    if (!('name' in field) || !field.name) continue
    if (
      (field.type === 'relationship' || field.type === 'upload') &&
      !Array.isArray(field.relationTo)
    )
      into.set(field.name, { accepts: isCanonicalId, what: 'ids (positive whole numbers)' })
    else if (field.type === 'select' || field.type === 'radio') {
      const options = field.options.map((o) => (typeof o === 'string' ? o : o.value))
      into.set(field.name, {
        accepts: (v) => typeof v === 'string' && options.includes(v),
        what: `its options (${options.join(', ')})`,
      })
    } else if (field.type === 'number')
      into.set(field.name, {
        accepts: (v) =>
          (typeof v === 'number' || typeof v === 'string') &&
          v !== '' &&
          Number.isFinite(Number(v)),
        what: 'numbers',
      })
  }
  return into.set('id', { accepts: isCanonicalId, what: 'ids (positive whole numbers)' })
}

/** Each value a `where` compares a field with must be one the field can hold. */
function whereProblems(
  where: unknown,
  fields: Map<string, Compared>,
  path = 'where',
): FieldError[] {
  if (!isRecord(where)) return []
  return Object.entries(where).flatMap(([key, condition]) => {
    if ((key === 'and' || key === 'or') && Array.isArray(condition))
      return condition.flatMap((inner, i) => whereProblems(inner, fields, `${path}.${key}[${i}]`))
    const field = fields.get(key)
    if (!field || !isRecord(condition)) return []
    return Object.entries(condition).flatMap(([operator, value]): FieldError[] => {
      if (!['equals', 'not_equals', 'in', 'not_in', 'all'].includes(operator)) return []
      const values = Array.isArray(value)
        ? value
        : typeof value === 'string' && operator.endsWith('in')
          ? value.split(',')
          : [value]
      // An empty entry of a comma-separated list is no value (the admin's filters send them).
      return values.every(
        (v) =>
          v === null ||
          v === undefined ||
          (v === '' && operator.endsWith('in')) ||
          field.accepts(v),
      )
        ? []
        : [{ message: `must compare with ${field.what}`, path: `${path}[${key}][${operator}]` }]
    })
  })
}

const countProblem = (value: unknown, path: string, least: number): FieldError[] =>
  value === undefined ||
  (typeof value === 'number' && Number.isSafeInteger(value) && value >= least)
    ? []
    : [{ message: `must be a whole number of at least ${least}`, path }]

/**
 * Refuses, before any hook or the database sees them, the values Postgres would refuse with an
 * error (a 500) or a collection would store although the actions refuse them: every field of
 * the data a create or update carries (one rule per kind of field: checkFieldValues), the id in
 * the URL (`/items/1'--` is not item 1), ids compared in `where`, and `limit`, `page`, `depth`.
 */
export const refuseBadInput: CollectionBeforeOperationHook = async ({
  args: operationArgs,
  collection,
  operation,
  req,
}) => {
  // Each operation carries some of these; all are checked where present.
  const args = operationArgs as OperationArgs
  const errors: FieldError[] = []
  const references: Reference[] = []
  const routeId = req.routeParams?.id
  if (
    typeof routeId === 'string' &&
    req.routeParams?.collection === collection.slug &&
    !isCanonicalId(routeId)
  )
    throw invalid('id', 'must be the id of a document (a positive whole number)')
  // The plugin's own writes (and a site's Local API calls) are trusted code, not input.
  if (args.overrideAccess) return operationArgs
  if (args.id !== undefined && args.id !== null && !isCanonicalId(args.id))
    errors.push({ message: 'must be the id of a document (a positive whole number)', path: 'id' })
  errors.push(...whereProblems(args.where, comparedFieldsOf(collection.fields)))
  errors.push(...countProblem(args.limit, 'limit', 0))
  errors.push(...countProblem(args.page, 'page', 1))
  errors.push(...countProblem(args.depth, 'depth', 0))
  if ((operation === 'create' || operation === 'update') && args.data !== undefined) {
    if (!isRecord(args.data)) errors.push({ message: 'must be an object', path: 'data' })
    else errors.push(...checkFieldValues(collection.fields, args.data, references))
  }
  errors.push(...(await missingDocuments(req, references)))
  if (errors.length) throw invalidEach(errors)
  return operationArgs
}

type OperationArgs = {
  data?: unknown
  overrideAccess?: boolean
  depth?: unknown
  id?: unknown
  limit?: unknown
  page?: unknown
  where?: unknown
}

/** The references whose document does not exist (Postgres would refuse them with an error). */
async function missingDocuments(
  req: PayloadRequest,
  references: Reference[],
): Promise<FieldError[]> {
  const errors: FieldError[] = []
  for (const collection of new Set(references.map((r) => r.collection))) {
    const named = references.filter((r) => r.collection === collection)
    if (!req.payload.collections[collection as 'items']) {
      errors.push(...named.map(({ path }) => ({ message: `no collection ${collection}`, path })))
      continue
    }
    const { docs } = await req.payload.find({
      collection: collection as 'items',
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: {},
      where: { id: { in: [...new Set(named.map((r) => r.id))] } },
    })
    const found = new Set(docs.map((doc) => doc.id))
    const noun = req.payload.collections[collection as 'items'].config.labels?.singular
    const label = typeof noun === 'string' ? noun.toLowerCase() : collection
    for (const { id, path } of named)
      if (!found.has(id)) errors.push({ message: `no ${label} with id ${id}`, path })
  }
  return errors
}

/** The same check of a global's data (the production settings) before any hook reads it. */
export const refuseBadGlobalInput: GlobalBeforeOperationHook = ({ args, global, operation, req }) =>
  refuseBadInput({
    args,
    collection: global,
    context: req.context,
    operation,
    req,
  } as unknown as Parameters<typeof refuseBadInput>[0])
