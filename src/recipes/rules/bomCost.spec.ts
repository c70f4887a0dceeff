import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { type BomCost, costBom, type CostRecipe } from './bomCost'
import type { CurrentCost } from './currentCost'
import { type Decimal, sum } from '../../platform/rules/decimal'

const d = (value: number | string) => new Big(value)
const CAKE = 1
const SPONGE = 2
const CREAM = 3
const FLOUR = 10
const SUGAR = 11
const EGG = 12
const BAKER = 20

const recipe = (
  bom: number,
  output: number,
  components: [number, number | string][],
  options: Partial<Pick<CostRecipe, 'basis' | 'operations'>> = {},
): CostRecipe => ({
  basis: options.basis ?? 'per_unit',
  bom,
  components: components.map(([item, quantity]) => ({ item, quantity: d(quantity) })),
  operations: options.operations ?? [],
  output: d(output),
})
const operation = (crew: number, minutes: number, rate: null | number | string) => ({
  crewSize: d(crew),
  minutes: d(minutes),
  ratePerHour: rate === null ? null : d(rate),
  resource: BAKER,
  resourceType: 'labor',
  step: 'Bake',
})

const itemCosts = new Map<number, CurrentCost>([
  [FLOUR, { source: 'on_hand', unitCost: d('2.5') }],
  [SUGAR, { source: 'standard', unitCost: d('1.2') }],
  [EGG, { source: 'last_purchase', unitCost: d('0.3') }],
])

const costed = (result: ReturnType<typeof costBom>): BomCost => {
  if (!result.ok) throw new Error(`cycle ${result.path.join(' → ')}`)
  return result.cost
}
const figures = (cost: BomCost) => ({
  materialCost: cost.materialCost.toFixed(),
  operationCost: cost.operationCost.toFixed(),
  totalCost: cost.totalCost.toFixed(),
  unitCost: cost.unitCost.toFixed(),
})

describe('costBom', () => {
  const flat = recipe(
    100,
    10,
    [
      [FLOUR, 5],
      [SUGAR, 2],
    ],
    { operations: [operation(2, 30, 40)] },
  )

  it('costs each component at its current cost and each operation at crew × minutes ÷ 60 × rate', () => {
    const cost = costed(costBom({ itemCosts, product: CAKE, recipe: flat, recipes: new Map() }))
    // 5 × 2.5 + 2 × 1.2 = 14.9; 2 × 30 ÷ 60 × 40 = 40; 54.9 for 10.
    expect(figures(cost)).toEqual({
      materialCost: '14.9',
      operationCost: '40',
      totalCost: '54.9',
      unitCost: '5.49',
    })
    expect(
      cost.lines.map((line) => [
        line.item,
        line.quantity.toFixed(),
        line.source,
        line.cost.toFixed(),
      ]),
    ).toEqual([
      [FLOUR, '5', 'on_hand', '12.5'],
      [SUGAR, '2', 'standard', '2.4'],
    ])
  })

  it('scales quantities and minutes to the quantity asked for', () => {
    const cost = costed(
      costBom({ itemCosts, product: CAKE, quantity: d(20), recipe: flat, recipes: new Map() }),
    )
    expect(cost.lines.map((line) => line.quantity.toFixed())).toEqual(['10', '4'])
    expect(cost.operations[0]!.minutes.toFixed()).toBe('60')
    expect(figures(cost)).toEqual({
      materialCost: '29.8',
      operationCost: '80',
      totalCost: '109.8',
      unitCost: '5.49',
    })
  })

  it('costs a per_batch recipe by whole batches', () => {
    const batch = { ...flat, basis: 'per_batch' as const }
    const cost = costed(
      costBom({ itemCosts, product: CAKE, quantity: d(11), recipe: batch, recipes: new Map() }),
    )
    // Two batches: 109.8, spread over the 11 asked for.
    expect(figures(cost)).toEqual({
      materialCost: '29.8',
      operationCost: '80',
      totalCost: '109.8',
      unitCost: '9.981818',
    })
  })

  it('rolls a sub-recipe up through its own recipe at the quantity needed, to any depth', () => {
    // Cream: 2 per batch of 4, from sugar; sponge: 2 from 1 flour + 2 eggs + 1 cream, 15 minutes.
    const cream = recipe(300, 4, [[SUGAR, 2]], { basis: 'per_batch' })
    const sponge = recipe(
      200,
      2,
      [
        [FLOUR, 1],
        [EGG, 2],
        [CREAM, 1],
      ],
      { operations: [operation(1, 15, 60)] },
    )
    const cake = recipe(100, 1, [[SPONGE, 3]])
    const cost = costed(
      costBom({
        itemCosts,
        product: CAKE,
        recipe: cake,
        recipes: new Map([
          [SPONGE, sponge],
          [CREAM, cream],
        ]),
      }),
    )
    const line = cost.lines[0]!
    expect(line.source).toBe('sub_recipe')
    expect(line.quantity.toFixed()).toBe('3')
    const made = line.breakdown!
    // 3 sponges: 1.5 flour (3.75), 3 eggs (0.9), 1.5 cream; 22.5 minutes (22.5).
    expect(made.lines.map((l) => [l.quantity.toFixed(), l.cost.toFixed()])).toEqual([
      ['1.5', '3.75'],
      ['3', '0.9'],
      ['1.5', '2.4'],
    ])
    // 1.5 cream is one whole batch of 4: 2 sugar at 1.2.
    expect(figures(made.lines[2]!.breakdown!)).toEqual({
      materialCost: '2.4',
      operationCost: '0',
      totalCost: '2.4',
      unitCost: '1.6',
    })
    expect(made.operations[0]!.cost.toFixed()).toBe('22.5')
    expect(figures(made)).toEqual({
      materialCost: '7.05',
      operationCost: '22.5',
      totalCost: '29.55',
      unitCost: '9.85',
    })
    expect(line.unitCost!.toFixed()).toBe('9.85')
    expect(figures(cost)).toEqual({
      materialCost: '29.55',
      operationCost: '0',
      totalCost: '29.55',
      unitCost: '29.55',
    })
  })

  it('says when nothing is known of a component and costs it nothing', () => {
    const cost = costed(
      costBom({
        itemCosts: new Map(),
        product: CAKE,
        recipe: recipe(100, 1, [[FLOUR, 2]], { operations: [operation(1, 60, null)] }),
        recipes: new Map(),
      }),
    )
    expect(cost.lines[0]).toMatchObject({ source: 'none', unitCost: null })
    expect(figures(cost).totalCost).toBe('0')
  })

  it('refuses a cycle with its path', () => {
    const result = costBom({
      itemCosts,
      product: CAKE,
      recipe: recipe(100, 1, [[SPONGE, 1]]),
      recipes: new Map([
        [SPONGE, recipe(200, 1, [[CREAM, 1]])],
        [CREAM, recipe(300, 1, [[CAKE, 1]])],
      ]),
    })
    expect(result).toEqual({ code: 'cycle', ok: false, path: [CAKE, SPONGE, CREAM, CAKE] })
  })
})

/** Small exact figures: at most two decimals. */
const figure = (max: number) => fc.integer({ max: max * 100, min: 1 }).map((n) => d(n).div(100))
const bought = [FLOUR, SUGAR, EGG]
const arbitraryRecipe = (bom: number, candidates: readonly number[]) =>
  fc
    .record({
      basis: fc.constantFrom('per_unit' as const, 'per_batch' as const),
      components: fc.array(
        fc.record({ item: fc.constantFrom(...candidates), quantity: figure(20) }),
        { maxLength: 4, minLength: 1 },
      ),
      operations: fc.array(
        fc.record({
          crew: fc.integer({ max: 4, min: 1 }),
          minutes: fc.integer({ max: 240, min: 1 }),
          rate: figure(90),
        }),
        { maxLength: 3 },
      ),
      output: fc.integer({ max: 12, min: 1 }),
    })
    .map((r): CostRecipe => ({
      basis: r.basis,
      bom,
      components: r.components,
      operations: r.operations.map((o) => operation(o.crew, o.minutes, o.rate.toFixed())),
      output: d(r.output),
    }))
const arbitraryCosts = fc
  .tuple(figure(50), figure(50), figure(50))
  .map(
    (costs) =>
      new Map<number, CurrentCost>(
        costs.map((unitCost, i) => [bought[i]!, { source: 'on_hand', unitCost }]),
      ),
  )

const everyLevel = (cost: BomCost): BomCost[] => [
  cost,
  ...cost.lines.flatMap((line) => (line.breakdown ? everyLevel(line.breakdown) : [])),
]
const eq = (a: Decimal, b: Decimal) => a.toFixed() === b.toFixed()

describe('costBom properties', () => {
  it('at every level, total = Σ component lines + Σ operations, and a sub-recipe line costs its breakdown', () => {
    fc.assert(
      fc.property(
        arbitraryRecipe(100, [...bought, SPONGE]),
        arbitraryRecipe(200, [...bought, CREAM]),
        arbitraryRecipe(300, bought),
        arbitraryCosts,
        fc.integer({ max: 50, min: 1 }),
        (cake, sponge, cream, costs, quantity) => {
          const cost = costed(
            costBom({
              itemCosts: costs,
              product: CAKE,
              quantity: d(quantity),
              recipe: cake,
              recipes: new Map([
                [SPONGE, sponge],
                [CREAM, cream],
              ]),
            }),
          )
          for (const level of everyLevel(cost)) {
            expect(eq(level.materialCost, sum(level.lines.map((l) => l.cost)))).toBe(true)
            expect(eq(level.operationCost, sum(level.operations.map((o) => o.cost)))).toBe(true)
            expect(eq(level.totalCost, level.materialCost.plus(level.operationCost))).toBe(true)
            for (const line of level.lines) {
              if (line.breakdown) expect(eq(line.cost, line.breakdown.totalCost)).toBe(true)
            }
          }
        },
      ),
    )
  })

  it('costing k whole outputs of a recipe leaves its per-unit cost as it is (to the rounding)', () => {
    fc.assert(
      fc.property(
        arbitraryRecipe(100, bought),
        arbitraryCosts,
        fc.integer({ max: 20, min: 2 }),
        (cake, costs, k) => {
          const at = (quantity: Decimal) =>
            costed(
              costBom({
                itemCosts: costs,
                product: CAKE,
                quantity,
                recipe: cake,
                recipes: new Map(),
              }),
            )
          const once = at(cake.output)
          const many = at(cake.output.times(k))
          expect(eq(many.materialCost, once.materialCost.times(k))).toBe(true)
          // Each operation's cost is rounded once to 6 places, and so is the per-unit cost.
          expect(many.unitCost.minus(once.unitCost).abs().lte('0.000002')).toBe(true)
        },
      ),
    )
  })
})
