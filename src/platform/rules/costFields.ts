/**
 * Cost fields in action answers. The collections hide their cost fields with field-level read
 * access (`<type>.viewCosts`); an action's answer is plain JSON that no field access reaches, so
 * it is filtered here by field name instead, with the same keys.
 */

/**
 * Every name the plugin gives a cost figure, in its collections and in its actions' answers. A
 * field of one of these names is taken out of an answer unless the action names the permission
 * that governs it and the user holds that permission: an action that forgets to say hides costs
 * rather than leaking them.
 */
export const costFieldNames = [
  'actualCost',
  'cost',
  'costs',
  'extraCost',
  'materialCost',
  'operationCost',
  'plannedCost',
  'ratePerHour',
  'standardCost',
  'totalCost',
  'unitCost',
] as const

export type CostFieldName = (typeof costFieldNames)[number]

/** Per cost field an answer may show, the permission a user needs to see it. */
export type CostFieldRules<Key extends string = string> = Partial<Record<CostFieldName, Key>>

/** The cost fields to take out of an answer for a user holding `held`. */
export function hiddenCostFields(rules: CostFieldRules, held: ReadonlySet<string>): Set<string> {
  return new Set(
    costFieldNames.filter((name) => {
      const key = rules[name]
      return key === undefined || !held.has(key)
    }),
  )
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== 'object') return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/**
 * `value` without any property named in `hidden`, at any depth of its plain objects and arrays
 * (other objects, such as dates, are kept whole). Returns copies; `value` is left as it was.
 */
export function withoutFields<T>(value: T, hidden: ReadonlySet<string>): T {
  if (hidden.size === 0) return value
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip)
    if (!isPlainObject(node)) return node
    const kept: Record<string, unknown> = {}
    for (const [name, child] of Object.entries(node)) {
      if (!hidden.has(name)) kept[name] = strip(child)
    }
    return kept
  }
  return strip(value) as T
}
