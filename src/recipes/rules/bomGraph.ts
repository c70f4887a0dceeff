/**
 * Recipes form a graph: a product points at the products its recipe consumes. A cycle (a bicycle
 * that needs a wheel that needs a bicycle) can never be produced, so saving one is refused.
 */
export type RecipeGraph = ReadonlyMap<number, readonly number[]>

/**
 * The first cycle reachable from `start`, as the path that closes it (`[A, B, C, A]`), or null.
 * Iterative depth-first search, so a deep chain of recipes cannot overflow the stack.
 */
export function findCycle(graph: RecipeGraph, start: number): number[] | null {
  const done = new Set<number>()
  const path: number[] = []
  const onPath = new Set<number>()
  const stack: { children: readonly number[]; next: number; node: number }[] = []
  const enter = (node: number) => {
    path.push(node)
    onPath.add(node)
    stack.push({ children: graph.get(node) ?? [], next: 0, node })
  }
  enter(start)
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!
    if (top.next < top.children.length) {
      const child = top.children[top.next++]!
      if (onPath.has(child)) return [...path.slice(path.indexOf(child)), child]
      if (!done.has(child)) enter(child)
    } else {
      stack.pop()
      path.pop()
      onPath.delete(top.node)
      done.add(top.node)
    }
  }
  return null
}

/** "Bicycle → Wheel → Bicycle": the path as the message shows it. */
export const describePath = (path: readonly number[], nameOf: (node: number) => string): string =>
  path.map(nameOf).join(' → ')
