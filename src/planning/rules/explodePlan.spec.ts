import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { explodePlan, type PlanRecipe } from './explodePlan'
import { scaleComponent } from '../../recipes/rules/scaling'

const d = (value: number | string) => new Big(value)
const recipe = (
  components: [number, number | string][],
  output: number | string = 1,
  basis: PlanRecipe['basis'] = 'per_unit',
): PlanRecipe => ({
  basis,
  components: components.map(([item, quantity]) => ({ item, quantity: d(quantity) })),
  output: d(output),
})
const day = '2026-12-01'
const quantities = (result: ReturnType<typeof explodePlan>) => {
  if (!result.ok) throw new Error(`expected an explosion, got ${result.code}`)
  return {
    materials: Object.fromEntries(result.materials.map((m) => [m.item, m.quantity.toFixed()])),
    nodes: Object.fromEntries(result.nodes.map((n) => [n.product, n.quantity.toFixed()])),
  }
}

// Products 1 (top), 2 (B), 3 (C); 100 is a bought material.
const chain = new Map([
  [1, recipe([[2, 2]])],
  [2, recipe([[3, 3]])],
  [3, recipe([[100, 3]])],
])

describe('explodePlan', () => {
  it('explodes a 3-level chain planned at 3: B 6, C 18, material 54', () => {
    const result = explodePlan([{ date: day, product: 1, quantity: d(3) }], chain)
    expect(quantities(result)).toEqual({
      materials: { 100: '54' },
      nodes: { 1: '3', 2: '6', 3: '18' },
    })
    if (!result.ok) return
    expect(result.nodes.map((n) => [n.product, n.level])).toEqual([
      [1, 0],
      [2, 1],
      [3, 2],
    ])
    expect(result.nodes[1]!.parents).toEqual([{ key: `1@${day}`, quantity: d(6) }])
  })

  it('aggregates a sub-recipe shared by three parents into one node listing each parent', () => {
    // Sauce (10) makes 5 kg from 4 kg tomatoes (100); pizza, lasagna, pasta use 0.5, 1.5, 2.
    const recipes = new Map([
      [1, recipe([[10, '0.5']])],
      [2, recipe([[10, '1.5']])],
      [3, recipe([[10, 2]])],
      [10, recipe([[100, 4]], 5)],
    ])
    const result = explodePlan(
      [1, 2, 3].map((product) => ({ date: day, product, quantity: d(10) })),
      recipes,
    )
    expect(quantities(result)).toEqual({
      materials: { 100: '32' },
      nodes: { 1: '10', 2: '10', 3: '10', 10: '40' },
    })
    if (!result.ok) return
    const sauce = result.nodes.find((n) => n.product === 10)!
    expect(sauce.parents.map((p) => [p.key, p.quantity.toFixed()])).toEqual([
      [`1@${day}`, '5'],
      [`2@${day}`, '15'],
      [`3@${day}`, '20'],
    ])
  })

  it('rounds per_batch children up to whole batches of the aggregated parent quantity', () => {
    // A 10 kg dough batch needs 4 kg flour; two parents need 6 kg each: 12 kg is two batches.
    const recipes = new Map([
      [1, recipe([[10, 6]])],
      [2, recipe([[10, 6]])],
      [10, recipe([[100, 4]], 10, 'per_batch')],
    ])
    const result = explodePlan(
      [1, 2].map((product) => ({ date: day, product, quantity: d(1) })),
      recipes,
    )
    expect(quantities(result)).toEqual({
      materials: { 100: '8' },
      nodes: { 1: '1', 2: '1', 10: '12' },
    })
  })

  it('keeps one node per product per day, each child on its parent day', () => {
    const result = explodePlan(
      [
        { date: '2026-12-02', product: 1, quantity: d(1) },
        { date: '2026-12-01', product: 1, quantity: d(2) },
      ],
      chain,
    )
    if (!result.ok) throw new Error(result.code)
    expect(result.nodes.map((n) => `${n.key}=${n.quantity.toFixed()}`).sort()).toEqual([
      '1@2026-12-01=2',
      '1@2026-12-02=1',
      '2@2026-12-01=4',
      '2@2026-12-02=2',
      '3@2026-12-01=12',
      '3@2026-12-02=6',
    ])
  })

  it('adds what the plan asks of a product to what its parents need of it', () => {
    const result = explodePlan(
      [
        { date: day, product: 1, quantity: d(3) },
        { date: day, product: 2, quantity: d(1) },
      ],
      chain,
    )
    expect(quantities(result).nodes).toEqual({ 1: '3', 2: '7', 3: '21' })
    if (result.ok) expect(result.nodes.find((n) => n.product === 2)!.planned.toFixed()).toBe('1')
  })

  it('refuses a cycle with its path', () => {
    const recipes = new Map([
      [1, recipe([[2, 1]])],
      [2, recipe([[3, 1]])],
      [3, recipe([[2, 1]])],
    ])
    expect(explodePlan([{ date: day, product: 1, quantity: d(1) }], recipes)).toEqual({
      code: 'cycle',
      ok: false,
      path: [2, 3, 2],
    })
  })

  it('refuses a planned product without a recipe, naming the line', () => {
    expect(
      explodePlan(
        [
          { date: day, product: 1, quantity: d(1) },
          { date: day, product: 100, quantity: d(1) },
        ],
        chain,
      ),
    ).toEqual({ code: 'no_recipe', index: 1, ok: false, product: 100 })
  })
})

/** Random acyclic recipe sets: a product only uses products with a higher number, or materials. */
const acyclicRecipes = fc
  .integer({ max: 8, min: 1 })
  .chain((count) =>
    fc.tuple(
      fc.constant(count),
      fc.array(
        fc.array(
          fc.tuple(fc.integer({ max: count + 3, min: 1 }), fc.integer({ max: 20, min: 1 })),
          { maxLength: 4 },
        ),
        { maxLength: count, minLength: count },
      ),
      fc.array(fc.tuple(fc.integer({ max: 5, min: 1 }), fc.boolean()), {
        maxLength: count,
        minLength: count,
      }),
    ),
  )
  .map(([count, lines, shapes]) => {
    const recipes = new Map<number, PlanRecipe>()
    for (let product = 1; product <= count; product++) {
      const [output, batch] = shapes[product - 1]!
      const components = lines[product - 1]!.filter(([item]) => item > product).map(
        ([item, quantity]) => [item, quantity] as [number, number],
      )
      recipes.set(product, recipe(components, output, batch ? 'per_batch' : 'per_unit'))
    }
    return recipes
  })

describe('explodePlan properties', () => {
  it('gives every node its planned quantity plus the sum its parents need, each by the scaling rule', () => {
    fc.assert(
      fc.property(
        acyclicRecipes,
        fc.array(fc.tuple(fc.integer({ max: 8, min: 1 }), fc.integer({ max: 50, min: 1 })), {
          maxLength: 5,
          minLength: 1,
        }),
        (recipes, lines) => {
          const demands = lines
            .filter(([product]) => recipes.has(product))
            .map(([product, quantity]) => ({ date: day, product, quantity: d(quantity) }))
          const result = explodePlan(demands, recipes)
          if (!result.ok) throw new Error(result.code)
          const byKey = new Map(result.nodes.map((n) => [n.key, n]))
          for (const node of result.nodes) {
            const fromParents = node.parents.reduce((total, p) => total.plus(p.quantity), d(0))
            expect(node.quantity.eq(node.planned.plus(fromParents))).toBe(true)
            expect(new Set(node.parents.map((p) => p.key)).size).toBe(node.parents.length)
            for (const parent of node.parents) {
              const owner = byKey.get(parent.key)!
              const parentRecipe = recipes.get(owner.product)!
              const expected = parentRecipe.components
                .filter((c) => c.item === node.product)
                .reduce(
                  (total, c) =>
                    total.plus(
                      scaleComponent({
                        basis: parentRecipe.basis,
                        output: parentRecipe.output,
                        produce: owner.quantity,
                        quantity: c.quantity,
                      }),
                    ),
                  d(0),
                )
              expect(parent.quantity.eq(expected.round(6))).toBe(true)
              expect(owner.level).toBeLessThan(node.level)
              expect(owner.date >= node.date).toBe(true)
            }
          }
          expect(new Set(result.nodes.map((n) => n.key)).size).toBe(result.nodes.length)
        },
      ),
    )
  })

  it('refuses any recipe set with a cycle reachable from the plan with a path of real edges', () => {
    fc.assert(
      fc.property(acyclicRecipes, (recipes) => {
        const last = Math.max(...recipes.keys())
        // Close a loop: the deepest product now needs product 1, and product 1 needs the deepest.
        recipes.set(last, recipe([[1, 1]]))
        const first = recipes.get(1)!
        recipes.set(1, {
          ...first,
          components: [...first.components, { item: last, quantity: d(1) }],
        })
        const result = explodePlan([{ date: day, product: 1, quantity: d(1) }], recipes)
        expect(result.ok).toBe(false)
        if (result.ok || result.code !== 'cycle') throw new Error('expected a cycle')
        expect(result.path[0]).toBe(result.path[result.path.length - 1])
        for (let i = 1; i < result.path.length; i++) {
          const uses = recipes.get(result.path[i - 1]!)!.components.map((c) => c.item)
          expect(uses).toContain(result.path[i])
        }
      }),
    )
  })
})
