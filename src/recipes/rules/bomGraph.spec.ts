import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { describePath, findCycle } from './bomGraph'

const graph = (edges: Record<number, number[]>) =>
  new Map(Object.entries(edges).map(([node, children]) => [Number(node), children]))

describe('findCycle', () => {
  it('finds no cycle in a tree or a diamond', () => {
    expect(findCycle(graph({ 1: [2, 3], 2: [4], 3: [4] }), 1)).toBeNull()
  })

  it('names the path of a cycle at any depth: A → B → C → A', () => {
    expect(findCycle(graph({ 1: [2], 2: [3], 3: [1] }), 1)).toEqual([1, 2, 3, 1])
  })

  it('reports a cycle below the start without the way into it', () => {
    expect(findCycle(graph({ 1: [2], 2: [3], 3: [2] }), 1)).toEqual([2, 3, 2])
  })

  it('finds a product that needs itself', () => {
    expect(findCycle(graph({ 5: [5] }), 5)).toEqual([5, 5])
  })

  it('walks a chain of 100 000 recipes without overflowing the stack', () => {
    const chain = new Map(Array.from({ length: 100_000 }, (_, i) => [i, [i + 1]]))
    expect(findCycle(chain, 0)).toBeNull()
    chain.set(100_000, [0])
    expect(findCycle(chain, 0)).toHaveLength(100_002)
  })

  it('returns a real cycle whenever it returns one: each step is an edge, first = last', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ max: 8, min: 0 }), fc.integer({ max: 8, min: 0 })), {
          maxLength: 20,
        }),
        (edges) => {
          const g = new Map<number, number[]>()
          for (const [from, to] of edges) g.set(from, [...(g.get(from) ?? []), to])
          const cycle = findCycle(g, 0)
          if (cycle === null) return
          expect(cycle[0]).toBe(cycle[cycle.length - 1])
          cycle.slice(1).forEach((node, i) => expect(g.get(cycle[i]!)).toContain(node))
        },
      ),
    )
  })
})

describe('describePath', () => {
  it('joins names with arrows', () => {
    const names: Record<number, string> = { 1: 'Bicycle', 2: 'Wheel' }
    expect(describePath([1, 2, 1], (n) => names[n]!)).toBe('Bicycle → Wheel → Bicycle')
  })
})
