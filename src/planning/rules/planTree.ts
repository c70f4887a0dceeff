/** One of a plan's executions, as the tree reads it. */
export type PlanTreeExecution = {
  id: number
  /** The executions of the plan that consume this one, and how much each needs. */
  parents: { execution: number; requiredQuantity: number }[]
  plannedQuantity: number
  producedQuantity: null | number
  status: null | number
  title: string
}

/** A line of the tree, in reading order: an execution under the one that consumes it. */
export type PlanTreeRow = {
  depth: number
  id: number
  /** How much the execution above needs of this one (none at the top). */
  neededAbove: null | number
  plannedQuantity: number
  producedQuantity: null | number
  /** Shown in full before: a shared sub-recipe's later places list it without its children. */
  repeated: boolean
  /** The number of executions that consume it: above 1, a shared sub-recipe. */
  sharedBy: number
  status: null | number
  title: string
}

/**
 * A plan's executions as the tree they form: each planned line's execution at the top (none of
 * the plan consumes it), each sub-recipe's execution under every execution that consumes it. A
 * shared sub-recipe (a sauce for pizza and lasagna) shows in full once, at its first place, and
 * as a repeated line at the others; one whose consumers are outside the plan shows at the top.
 */
export function planTreeRows(executions: readonly PlanTreeExecution[]): PlanTreeRow[] {
  const byId = new Map(executions.map((e) => [e.id, e]))
  const inPlan = (e: PlanTreeExecution) => e.parents.filter((p) => byId.has(p.execution))
  const children = new Map<number, { child: PlanTreeExecution; needed: number }[]>()
  for (const execution of executions)
    for (const parent of inPlan(execution)) {
      const list = children.get(parent.execution) ?? []
      list.push({ child: execution, needed: parent.requiredQuantity })
      children.set(parent.execution, list)
    }
  const rows: PlanTreeRow[] = []
  const shown = new Set<number>()
  const visit = (execution: PlanTreeExecution, depth: number, neededAbove: null | number) => {
    const repeated = shown.has(execution.id)
    rows.push({
      depth,
      id: execution.id,
      neededAbove,
      plannedQuantity: execution.plannedQuantity,
      producedQuantity: execution.producedQuantity,
      repeated,
      sharedBy: inPlan(execution).length,
      status: execution.status,
      title: execution.title,
    })
    if (repeated) return
    shown.add(execution.id)
    const below = [...(children.get(execution.id) ?? [])].sort((a, b) => a.child.id - b.child.id)
    for (const { child, needed } of below) visit(child, depth + 1, needed)
  }
  const sorted = [...executions].sort((a, b) => a.id - b.id)
  for (const top of sorted.filter((e) => inPlan(e).length === 0)) visit(top, 0, null)
  // Never reached from the top (a loop the recipes' checks keep out): still listed, once.
  for (const rest of sorted) if (!shown.has(rest.id)) visit(rest, 0, null)
  return rows
}
