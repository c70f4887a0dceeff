import { beforeAll, describe, expect, it } from 'vitest'

import { permissionKeys, type PermissionKey } from '../../src/access/permissions'
import { costFieldNames } from '../../src/platform/rules/costFields'
import { actions } from '../../src/actions'
import { inventoryFixtures } from '../support/inventoryFixtures'
import { tableAndDough } from '../support/orderFixtures'
import { statusesByName, toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

type Via = 'graphql' | 'rest'
const transports: Via[] = ['rest', 'graphql']
/** Everything but the view-costs keys: whoever holds this may run every action. */
const costBlind = permissionKeys.filter((key) => !key.endsWith('.viewCosts'))

/** Paths of every cost field anywhere in an answer, e.g. `movements[0].unitCost`. */
function costPaths(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((child, i) => costPaths(child, `${at}[${i}]`))
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([name, child]) => [
    ...((costFieldNames as readonly string[]).includes(name) ? [`${at}.${name}`.slice(1)] : []),
    ...costPaths(child, `${at}.${name}`),
  ])
}

describe('action answers show costs only with the view-costs key that governs them', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  /** The actions `check` has run, to compare with every action whose answer holds costs. */
  const checked = new Set<string>()
  /** A user holding every key but the view-costs ones, plus `with` (by role). */
  const users = new Map<string, string>()
  let serial = 0

  const userWith = async (extra: PermissionKey[]) => {
    const name = extra.length ? extra.join('+') : 'no costs'
    const known = users.get(name)
    if (known) return known
    const tag = `${Date.now().toString(36)}${(serial++).toString(36)}`
    const role = await payload.create({
      collection: 'roles',
      data: { name: `Cost test ${name} ${tag}`, permissions: [...costBlind, ...extra] },
    })
    const email = `costs-${tag}@example.com`
    await payload.create({
      collection: 'users',
      data: { email, name: `Cost test ${tag}`, password: 'secret', roles: [role.id] },
    })
    const token = await api.login(email, 'secret')
    users.set(name, token)
    return token
  }

  /** Runs an action as `token` over REST or GraphQL, and its answer, which must be a success. */
  const call = async (
    name: string,
    args: Record<string, unknown>,
    token: string,
    via: Via,
  ): Promise<any> => {
    if (via === 'rest') {
      const { body, status } = await api.rest('POST', `/manufacturing/${name}`, {
        body: args,
        token,
      })
      expect(status, `${name}: ${JSON.stringify(body)}`).toBe(200)
      return body
    }
    const action = actions.find((a) => a.name === name)!
    const given = Object.keys(args)
    const types = action.args as Record<string, string>
    const variables = given.map((arg) => `$${arg}: ${types[arg]}`).join(', ')
    const passed = given.map((arg) => `${arg}: $${arg}`).join(', ')
    const operation = action.kind === 'query' ? 'query' : 'mutation'
    const { body } = await api.graphql(
      `${operation} (${variables}) { ${name}(${passed}) }`,
      args,
      token,
    )
    expect(body.errors, `${name}: ${JSON.stringify(body.errors)}`).toBeUndefined()
    return body.data[name]
  }

  /**
   * Runs `scenario` (which makes its own documents and calls the action once through `run`) as a
   * user without any view-costs key, then as one holding exactly `keys`, over both transports:
   * the first answer must hold no cost field at all, the second exactly `shown`.
   */
  const check = async (
    keys: PermissionKey[],
    shown: (answer: any) => string[],
    scenario: (run: (name: string, args: Record<string, unknown>) => Promise<any>) => Promise<any>,
  ) => {
    const as = (token: string, via: Via) => (name: string, args: Record<string, unknown>) => {
      checked.add(name)
      return call(name, args, token, via)
    }
    for (const via of transports) {
      const hidden = await scenario(as(await userWith([]), via))
      expect(costPaths(hidden), via).toEqual([])
      const answer = await scenario(as(await userWith(keys), via))
      const expected = shown(answer)
      expect(expected.length, via).toBeGreaterThan(0)
      expect(costPaths(answer).sort(), via).toEqual(expected.sort())
    }
  }
  const movementCosts = (answer: any) =>
    answer.movements.map((_: unknown, i: number) => `movements[${i}].unitCost`)
  const figureNames = ['materialCost', 'operationCost', 'totalCost', 'unitCost']
  /** A cost variance: its three sets of figures and each planned line's cost. */
  const varianceCosts = (answer: any, at = '') => [
    ...['actual', 'planned', 'variance'].flatMap((set) =>
      figureNames.map((name) => `${at}${set}.${name}`),
    ),
    ...(answer.lines ?? []).flatMap((_: unknown, i: number) => [
      `${at}lines[${i}].cost`,
      `${at}lines[${i}].unitCost`,
    ]),
  ]
  /** A BOM's costing: its figures, each line's (and its sub-recipe's), each operation's. */
  const bomCosts = (level: any, at = ''): string[] => [
    ...figureNames.map((name) => `${at}${name}`),
    ...level.lines.flatMap((line: any, i: number) => [
      `${at}lines[${i}].cost`,
      `${at}lines[${i}].unitCost`,
      ...(line.breakdown ? bomCosts(line.breakdown, `${at}lines[${i}].breakdown.`) : []),
    ]),
    ...level.operations.flatMap((_: unknown, i: number) => [
      `${at}operations[${i}].cost`,
      `${at}operations[${i}].ratePerHour`,
    ]),
  ]

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
  })

  it('postStockMovements: movements at their lot cost with items.viewCosts', async () => {
    await check(['items.viewCosts'], movementCosts, async (run) => {
      const f = await inventoryFixtures(payload)
      return run('postStockMovements', {
        key: `receive-${f.tag}`,
        lines: [
          {
            from: f.virtual.supplier,
            item: f.item,
            newLot: { unitCost: 3 },
            quantity: 5,
            reason: 'receipt',
            to: f.warehouse,
          },
        ],
      })
    })
  })

  it('reverseStockMovements and reverseInventoryAdjustment: the mirrored movements', async () => {
    const receipt = async () => {
      const f = await inventoryFixtures(payload)
      const key = `receive-${f.tag}`
      const received = await call(
        'postStockMovements',
        {
          key,
          lines: [
            {
              from: f.virtual.supplier,
              item: f.item,
              newLot: { unitCost: 3 },
              quantity: 5,
              reason: 'receipt',
              to: f.warehouse,
            },
          ],
        },
        admin,
        'rest',
      )
      return { f, movements: received.movements.map((m: { id: number }) => m.id) }
    }
    await check(['items.viewCosts'], movementCosts, async (run) => {
      // Another user's posting is named by its movements (a client key is its sender's own).
      const { f, movements } = await receipt()
      return run('reverseStockMovements', { key: `undo-${f.tag}`, movements })
    })
    await check(['items.viewCosts'], movementCosts, async (run) => {
      const f = await inventoryFixtures(payload)
      const adjustment = await payload.create({
        collection: 'inventory-adjustments',
        data: { lines: [{ item: f.item, quantityDelta: 4 }], location: f.warehouse, type: 'found' },
      })
      return run('reverseInventoryAdjustment', { id: adjustment.id })
    })
  })

  it('receivePurchaseOrder: the receipts at the lines’ cost', async () => {
    await check(['items.viewCosts'], movementCosts, async (run) => {
      const f = await inventoryFixtures(payload)
      const supplier = await payload.create({
        collection: 'suppliers',
        data: { name: `Supplier ${f.tag}` },
      })
      const order = await payload.create({
        collection: 'purchase-orders',
        data: {
          lines: [{ item: f.item, quantity: 10, unitCost: 1.25 }],
          status: 'sent',
          supplier: supplier.id,
        },
      })
      return run('receivePurchaseOrder', { id: order.id, location: f.warehouse })
    })
  })

  it('addToInventory: the consumed components and the costed product', async () => {
    await check(['items.viewCosts'], movementCosts, async (run) => {
      const f = await toyFixtures(payload)
      return run('addToInventory', { bom: f.bom, location: f.floor, quantity: 2 })
    })
  })

  it('addBomsToInventory: each BOM’s consumed components and costed product', async () => {
    const perResult = (answer: any) =>
      answer.results.flatMap((result: any, i: number) =>
        result.movements.map((_: unknown, j: number) => `results[${i}].movements[${j}].unitCost`),
      )
    await check(['items.viewCosts'], perResult, async (run) => {
      const f = await toyFixtures(payload)
      return run('addBomsToInventory', { lines: [{ bom: f.bom, quantity: 2 }], location: f.floor })
    })
  })

  it('traceLot: the unit cost of every lot it names', async () => {
    const lotCosts = (answer: any) => Object.keys(answer.lots).map((id) => `lots.${id}.unitCost`)
    await check(['items.viewCosts'], lotCosts, async (run) => {
      const f = await toyFixtures(payload)
      const { docs } = await payload.find({
        collection: 'lots',
        depth: 0,
        limit: 1,
        where: { item: { equals: f.plastic } },
      })
      return run('traceLot', { lot: docs[0]!.id })
    })
  })

  describe('production runs', () => {
    /** A one-stage process and a run on a floor holding 50 of a material at 4 each. */
    const workshop = async () => {
      const f = await inventoryFixtures(payload)
      await call(
        'postStockMovements',
        {
          key: `stock-${f.tag}`,
          lines: [
            {
              from: f.virtual.supplier,
              item: f.item,
              newLot: { unitCost: 4 },
              quantity: 50,
              reason: 'receipt',
              to: f.floor,
            },
          ],
        },
        admin,
        'rest',
      )
      const process = await payload.create({
        collection: 'processes',
        data: { name: `Cost process ${f.tag}`, stages: [{ name: 'Mixing' }] },
      })
      const made = await api.rest('POST', '/production-runs', {
        body: { description: `Cost run ${f.tag}`, location: f.floor, process: process.id },
        token: admin,
      })
      expect(made.status, JSON.stringify(made.body)).toBe(201)
      return { ...f, run: made.body.doc.id as number }
    }
    const recordedCosts = (answer: any) => [
      ...answer.entries.map((_: unknown, i: number) => `entries[${i}].cost`),
      ...movementCosts(answer),
    ]
    const input = async (w: Awaited<ReturnType<typeof workshop>>) =>
      call(
        'recordInputs',
        { lines: [{ item: w.item, quantity: 10 }], run: w.run, stage: 'Mixing' },
        admin,
        'rest',
      )

    it('recordInputs, recordOutputs, recordLosses: entries with productionRuns.viewCosts, movements with items.viewCosts', async () => {
      await check(['productionRuns.viewCosts', 'items.viewCosts'], recordedCosts, async (run) => {
        const w = await workshop()
        return run('recordInputs', {
          lines: [{ item: w.item, quantity: 10 }],
          run: w.run,
          stage: 'Mixing',
        })
      })
      await check(['productionRuns.viewCosts', 'items.viewCosts'], recordedCosts, async (run) => {
        const w = await workshop()
        await input(w)
        return run('recordOutputs', {
          lines: [{ item: w.other, quantity: 8 }],
          run: w.run,
          stage: 'Mixing',
        })
      })
      await check(['productionRuns.viewCosts', 'items.viewCosts'], recordedCosts, async (run) => {
        const w = await workshop()
        await input(w)
        return run('recordLosses', {
          lines: [{ item: w.item, quantity: 1, type: 'waste' }],
          run: w.run,
          stage: 'Mixing',
        })
      })
    })

    it('reverseEntry: the mirrored entry and movements', async () => {
      await check(
        ['productionRuns.viewCosts', 'items.viewCosts'],
        (answer) => ['entry.cost', ...movementCosts(answer)],
        async (run) => {
          const w = await workshop()
          const recorded = await input(w)
          return run('reverseEntry', { entry: recorded.entries[0].id })
        },
      )
    })

    it('one key shows only the fields it governs', async () => {
      const w = await workshop()
      const token = await userWith(['items.viewCosts'])
      const answer = await call(
        'recordInputs',
        { lines: [{ item: w.item, quantity: 10 }], run: w.run, stage: 'Mixing' },
        token,
        'graphql',
      )
      expect(costPaths(answer)).toEqual(['movements[0].unitCost'])
      expect(answer.movements[0].unitCost).toBe('4')
    })
  })

  it('recordOrderOutput: the output lot’s unit cost with manufacturingOrders.viewCosts', async () => {
    await check(
      ['manufacturingOrders.viewCosts'],
      () => ['unitCost'],
      async (run) => {
        const f = await tableAndDough(payload)
        const { created } = await call(
          'createManufacturingOrdersFromBoms',
          { lines: [{ bom: f.tableBom, location: f.floor, quantity: 2 }] },
          admin,
          'rest',
        )
        return run('recordOrderOutput', { order: created[0].id, quantity: 1 })
      },
    )
  })

  describe('planned against actual cost', () => {
    it('executionCostVariance: figures and planned lines with executions.viewCosts', async () => {
      const s = await statusesByName(payload)
      await check(
        ['executions.viewCosts'],
        (answer) => varianceCosts(answer),
        async (run) => {
          const f = await toyFixtures(payload)
          const execution = await payload.create({
            collection: 'executions',
            data: {
              plannedQuantity: 2,
              product: f.toy,
              productionDate: '2026-12-01T12:00:00.000Z',
              productionFloor: f.floor,
              status: s.Assembly,
            },
          })
          return run('executionCostVariance', { id: execution.id })
        },
      )
    })

    it('orderCostVariance: figures and planned lines with manufacturingOrders.viewCosts', async () => {
      await check(
        ['manufacturingOrders.viewCosts'],
        (answer) => varianceCosts(answer),
        async (run) => {
          const f = await tableAndDough(payload)
          const { created } = await call(
            'createManufacturingOrdersFromBoms',
            { lines: [{ bom: f.tableBom, location: f.floor, quantity: 2 }] },
            admin,
            'rest',
          )
          return run('orderCostVariance', { order: created[0].id })
        },
      )
    })

    it('planCostVariance: the plan’s and each execution’s figures with executions.viewCosts', async () => {
      await check(
        ['executions.viewCosts'],
        (answer) => [
          ...varianceCosts(answer),
          ...answer.executions.flatMap((_: unknown, i: number) =>
            varianceCosts({}, `executions[${i}].`),
          ),
        ],
        async (run) => {
          const f = await toyFixtures(payload)
          const plan = await payload.create({
            collection: 'production-plans',
            data: {
              date: '2026-12-04',
              lines: [{ product: f.toy, quantity: 3 }],
              name: `Toys ${f.tag}`,
              productionFloor: f.floor,
            },
          })
          await call('generateExecutions', { id: plan.id }, admin, 'rest')
          return run('planCostVariance', { plan: plan.id })
        },
      )
    })
  })

  it('bomCost: every figure, a sub-recipe’s and the operations’ rates, with boms.viewCosts', async () => {
    await check(
      ['boms.viewCosts'],
      (answer) => bomCosts(answer),
      async (run) => {
        const f = await toyFixtures(payload)
        const item = async (sku: string, kind: 'product' | 'resource', standardCost?: number) =>
          (
            await payload.create({
              collection: 'items',
              data: {
                kind,
                name: `${sku} ${f.tag}`,
                sku: `${sku}-${f.tag}`,
                standardCost,
                unit: 'pcs',
              },
            })
          ).id
        const body = await item('BODY', 'product')
        const kit = await item('KIT', 'product')
        const labour = await item('LABOUR', 'resource', 30)
        await payload.create({
          collection: 'boms',
          data: {
            basis: 'per_unit',
            components: [{ item: f.plastic, quantity: 2 }],
            outputQuantity: 1,
            product: body,
          },
        })
        const bom = await payload.create({
          collection: 'boms',
          data: {
            basis: 'per_unit',
            components: [
              { item: body, quantity: 1 },
              { item: f.paint, quantity: 1 },
            ],
            operations: [
              {
                crewSize: 1,
                minutes: 30,
                resource: labour,
                resourceType: 'labor',
                step: 'Assemble',
              },
            ],
            outputQuantity: 1,
            product: kit,
          },
        })
        const answer = await run('bomCost', { id: bom.id, quantity: 2 })
        // The scenario reaches every kind of cost field the answer has.
        expect(answer.lines.some((line: any) => line.breakdown)).toBe(true)
        expect(answer.operations).toHaveLength(1)
        return answer
      },
    )
  })

  it('purchaseShortages: the drafted lines’ cost with purchaseOrders.viewCosts', async () => {
    await check(
      ['purchaseOrders.viewCosts'],
      (answer) =>
        answer.created.flatMap((order: any, o: number) =>
          order.lines.map((_: unknown, l: number) => `created[${o}].lines[${l}].unitCost`),
        ),
      async (run) => {
        const f = await toyFixtures(payload, { paint: 0, plastic: 0 })
        const supplier = await payload.create({
          collection: 'suppliers',
          data: { name: `Toy supplies ${f.tag}` },
        })
        return run('purchaseShortages', {
          lines: [
            { item: f.plastic, quantity: 6, supplier: supplier.id },
            { item: f.paint, quantity: 3, supplier: supplier.id },
          ],
        })
      },
    )
  })

  // Last: every action above ran through check, both ways over both transports.
  it('covers every action whose answer can hold a cost field', () => {
    const costed = actions
      .filter((action) => Object.keys(action.costs).length > 0)
      .map((action) => action.name)
    expect(costed.filter((name) => !checked.has(name)).sort(), 'actions not checked').toEqual([])
  })
})
