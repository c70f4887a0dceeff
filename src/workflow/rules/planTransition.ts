/** What a production document's lines do to stock, and at which status each falls due. */
export const inventoryActions = [
  'deduct_materials',
  'deduct_products',
  'deduct_resources',
  'add_products',
] as const
export type InventoryAction = (typeof inventoryActions)[number]

export type StatusRef = number

export type InventoryRules = {
  /** Conditional rules: lines of these categories fall due earlier, at `status`. */
  conditional: readonly {
    action: InventoryAction
    categories: readonly number[]
    status: StatusRef
  }[]
  /** The status at which each action falls due for every line still unposted. */
  general: Readonly<Record<InventoryAction, StatusRef>>
}

export type TransitionLine = { action: InventoryAction; category: number | null; id: string }

/** A line already posted, and the status at which it fell due when it was. */
export type PostedLine = { dueAt: StatusRef; line: string }

export type TransitionPlan = { post: PostedLine[]; reverse: PostedLine[] }

export type RuleProblem = {
  code: 'conditional_not_before_general' | 'unknown_status'
  index: number | null
  message: string
}

/**
 * Every rule must name a known status, and a conditional rule must fall strictly before its
 * action's general rule (a rule at or after it would never post anything).
 */
export function checkRules(statuses: readonly StatusRef[], rules: InventoryRules): RuleProblem[] {
  const position = new Map(statuses.map((status, index) => [status, index]))
  const problems: RuleProblem[] = []
  for (const action of inventoryActions) {
    if (!position.has(rules.general[action])) {
      problems.push({
        code: 'unknown_status',
        index: null,
        message: `general rule ${action}: no such status`,
      })
    }
  }
  rules.conditional.forEach((rule, index) => {
    const at = position.get(rule.status)
    const general = position.get(rules.general[rule.action])
    if (at === undefined) {
      problems.push({
        code: 'unknown_status',
        index,
        message: `conditional rule ${index + 1}: no such status`,
      })
    } else if (general !== undefined && at >= general) {
      problems.push({
        code: 'conditional_not_before_general',
        index,
        message: `conditional rule ${index + 1} (${rule.action}) must come strictly before the general rule's status`,
      })
    }
  })
  return problems
}

/** The status at which `line` falls due: its earliest matching conditional rule, else the general one. */
export function dueStatus(
  statuses: readonly StatusRef[],
  rules: InventoryRules,
  line: TransitionLine,
): StatusRef {
  const position = (status: StatusRef) => statuses.indexOf(status)
  let due = rules.general[line.action]
  for (const rule of rules.conditional) {
    if (
      rule.action !== line.action ||
      line.category === null ||
      !rule.categories.includes(line.category)
    )
      continue
    if (position(rule.status) < position(due)) due = rule.status
  }
  return due
}

/**
 * Plans a transition to status `to` (from any status, or from nothing when a document is created
 * in it): post every unposted line whose due status is at or before `to`, reverse every posted
 * line that fell due after `to`. The plan depends only on `to` and what is posted, so moving
 * forward posts what falls due on the way, moving back undoes what the later statuses posted, and
 * the stock a document leaves never depends on the path it took.
 */
export function planTransition(args: {
  lines: readonly TransitionLine[]
  posted: readonly PostedLine[]
  rules: InventoryRules
  statuses: readonly StatusRef[]
  to: StatusRef
}): TransitionPlan {
  const { lines, posted, rules, statuses, to } = args
  const target = statuses.indexOf(to)
  if (target < 0) throw new RangeError(`unknown status ${to}`)
  const postedIds = new Set(posted.map((p) => p.line))
  const post = lines
    .filter((line) => !postedIds.has(line.id))
    .map((line) => ({ dueAt: dueStatus(statuses, rules, line), line: line.id }))
    .filter(({ dueAt }) => statuses.indexOf(dueAt) <= target)
  const reverse = posted.filter(({ dueAt }) => statuses.indexOf(dueAt) > target)
  return { post, reverse }
}
