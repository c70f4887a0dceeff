import { idOf } from '../../platform/rules/idOf'

type ConditionalRule = { action: string; status: unknown }
type Settings<R extends ConditionalRule> = {
  conditionalRules?: null | R[]
  defaultStatus?: unknown
  rules?: null | Record<string, unknown>
}

/**
 * The production settings once status `deleted` is gone into `replacement`: every rule and the
 * default status that named it name the replacement; a conditional rule that now lands at or
 * after its general rule (`general`, by action) in the new `order` would never post anything,
 * so it is dropped.
 */
export function repointedSettings<R extends ConditionalRule>(
  settings: Settings<R>,
  deleted: number,
  replacement: number,
  order: readonly number[],
  general: Readonly<Record<string, number>>,
) {
  const point = (ref: unknown): null | number =>
    ref ? (idOf(ref) === deleted ? replacement : idOf(ref)) : null
  const position = (status: unknown) => order.indexOf(idOf(status))
  const conditionalRules = (settings.conditionalRules ?? [])
    .map((rule) => ({ ...rule, status: point(rule.status)! }))
    .filter((rule) => {
      const at = general[rule.action]
      return position(rule.status) < position(at === deleted ? replacement : at)
    })
  return {
    conditionalRules,
    defaultStatus: point(settings.defaultStatus),
    rules: Object.fromEntries(
      Object.entries(settings.rules ?? {}).map(([key, value]) => [key, point(value)]),
    ),
  }
}
