import { expect } from 'vitest'

import { type ActionTable, actionCases, withBadValue } from './badInputTable'
import type { SeededApp } from './seededApp'
import { actions } from '../../src/actions'

/** One bad input of the corpus: what it sends, and the field its answer must name. */
export type Input = {
  label: string
  path: string
  send: () => Promise<{ body: unknown; status: number }>
}

/** The first document's id of a collection that matches, as the corpus's fixtures find them. */
export type FirstId = (slug: string, where?: Record<string, unknown>) => Promise<number | undefined>

/**
 * Every argument of every action against its bad values, over REST and GraphQL, on documents in
 * a state each action can start from. Fails when an action's argument has no row in the table.
 */
export async function badActionInputs(app: SeededApp, firstId: FirstId): Promise<Input[]> {
  const status = await firstId('production-statuses')
  const order = await firstId('manufacturing-orders', { state: { equals: 'open' } })
  const bom = await firstId('boms')
  const item = await firstId('items', { kind: { equals: 'material' } })
  const product = await firstId('items', { kind: { equals: 'product' } })
  const floor = await firstId('locations', { kind: { equals: 'production_floor' } })
  const store = await firstId('locations', { kind: { equals: 'warehouse' } })
  const supplierLocation = await firstId('locations', { virtualRole: { equals: 'supplier' } })
  const supplier = await firstId('suppliers')
  const lot = await firstId('lots')
  // Documents in a state every action can start from: a new execution, a sent order, a
  // requisition of that execution's materials.
  const made = async (path: string, body: Record<string, unknown>) => {
    const { body: answer, status: code } = await app.api.rest('POST', path, {
      body,
      token: app.admin,
    })
    expect(code, JSON.stringify(answer)).toBeLessThan(300)
    return answer
  }
  const execution = (
    await made('/executions', {
      plannedQuantity: 1,
      product,
      productionDate: '2026-12-11',
      productionFloor: floor,
    })
  ).doc.id as number
  const purchaseOrder = (
    await made('/purchase-orders', {
      lines: [{ item, quantity: 5, unitCost: 1 }],
      status: 'sent',
      supplier,
    })
  ).doc.id as number
  const requested = await made('/manufacturing/requestMaterials', {
    executions: [execution],
    source: store,
  })
  const requisition = requested.requisitions[0].id as number
  const requisitionLine = requested.requisitions[0].lines[0].id as string
  const run = await firstId('production-runs', { status: { equals: 'in_progress' } })
  const runDoc = run
    ? await app.payload.findByID({ collection: 'production-runs', depth: 1, id: run })
    : undefined
  const stage = (runDoc?.process as { stages?: { name: string }[] } | undefined)?.stages?.[0]?.name
  const salesOrder = await firstId('sales-orders')
  const plan = (
    await made('/production-plans', {
      date: '2026-12-11',
      lines: [{ product, quantity: 1 }],
      name: 'Corpus plan',
      productionFloor: floor,
    })
  ).doc.id as number
  const entry = await firstId('production-run-entries')
  const processId = await firstId('processes')
  const line = { item, quantity: 1 }
  const receipt = { from: supplierLocation, item, quantity: 1, reason: 'receipt', to: store }
  const table: ActionTable = {
    addToInventory: {
      args: { bom: 'id', key: 'key', location: 'id', quantity: 'quantity' },
      base: { bom, location: store, quantity: 1 },
    },
    addBomsToInventory: {
      args: { key: 'key', lines: 'rows', location: 'id' },
      base: { lines: [{ bom, quantity: 1 }], location: store },
      row: {
        arg: 'lines',
        base: { bom, quantity: 1 },
        fields: { bom: 'id', quantity: 'quantity' },
      },
    },
    bomCost: { args: { id: 'id', quantity: 'quantity' }, base: { id: bom, quantity: 1 } },
    cancelRequisition: { args: { requisition: 'id' }, base: { requisition } },
    changeExecutionsStatus: {
      args: { ids: 'ids', status: 'id' },
      base: { ids: [execution], status },
    },
    completeRun: { args: { run: 'id' }, base: { run } },
    createExecutions: {
      args: { rows: 'rows' },
      base: {},
      row: {
        arg: 'rows',
        base: {
          plannedQuantity: 1,
          product,
          productionDate: '2026-12-11',
          productionFloor: floor,
        },
        fields: {
          lotLabel: 'text',
          plannedQuantity: 'quantity',
          product: 'id',
          productDescription: 'text',
          productionDate: 'date',
          productionFloor: 'id',
        },
      },
    },
    createManufacturingOrdersFromBoms: {
      args: { lines: 'rows' },
      base: {},
      row: {
        arg: 'lines',
        base: { bom, quantity: 1 },
        fields: { bom: 'id', deadline: 'date', location: 'id', quantity: 'quantity' },
      },
    },
    createManufacturingOrdersFromSalesOrder: {
      args: { lines: 'rows', salesOrder: 'id' },
      base: { salesOrder },
    },
    createExecutionsFromBoms: {
      args: { lines: 'rows' },
      base: {},
      row: {
        arg: 'lines',
        base: { bom, quantity: 1 },
        fields: { bom: 'id', quantity: 'quantity' },
      },
    },
    createExecutionsFromSalesOrder: {
      args: { lines: 'rows', salesOrder: 'id' },
      base: { salesOrder },
    },
    createSubAssemblyOrders: { args: { execution: 'id', order: 'id' }, base: {} },
    deleteExecutions: { args: { ids: 'ids' }, base: {} },
    deleteProductionStatus: {
      args: { confirmUnlock: 'count', id: 'id', replacement: 'id' },
      base: { id: status, replacement: status },
    },
    executionCostVariance: { args: { id: 'id' }, base: { id: execution } },
    generateExecutions: { args: { id: 'id' }, base: { id: plan } },
    importExecutionsCsv: { args: { csv: 'text' }, base: {} },
    issueRequisition: {
      args: { key: 'key', lines: 'rows', requisition: 'id' },
      base: { requisition },
    },
    moveExecutionsDate: {
      args: { date: 'date', ids: 'ids' },
      base: { date: '2026-12-12', ids: [execution] },
    },
    orderCostVariance: { args: { order: 'id' }, base: { order } },
    pickIngredients: {
      args: { key: 'key', lines: 'rows', order: 'id' },
      base: { lines: [{}], order },
    },
    pickRequisition: {
      args: { key: 'key', lines: 'rows', requisition: 'id' },
      base: { requisition },
      row: {
        arg: 'lines',
        base: { line: requisitionLine, quantity: 1 },
        fields: { line: 'text', quantity: 'quantity' },
      },
    },
    planCostVariance: { args: { plan: 'id' }, base: { plan } },
    postStockMovements: {
      args: { key: 'key', lines: 'rows' },
      base: { key: 'corpus', lines: [receipt] },
      row: {
        arg: 'lines',
        base: receipt,
        fields: {
          from: 'id',
          item: 'id',
          lot: 'id',
          quantity: 'quantity',
          reason: 'option',
          to: 'id',
        },
      },
    },
    previewExecutionsTransition: {
      args: { ids: 'ids', status: 'id' },
      base: { ids: [execution], status },
    },
    previewShortagePurchases: { args: { documents: 'rows' }, base: {} },
    previewTransition: {
      args: {
        collection: 'option',
        id: 'id',
        order: 'id',
        producedQuantity: 'amount',
        status: 'id',
      },
      base: { id: execution, status },
    },
    processStageUsage: { args: { process: 'id' }, base: { process: processId } },
    productionRunSummary: { args: { run: 'id' }, base: { run } },
    purchaseShortages: {
      args: { documents: 'rows', key: 'key', lines: 'rows' },
      base: { lines: [{ item, quantity: 1, supplier }] },
      row: {
        arg: 'lines',
        base: { item, quantity: 1, supplier },
        fields: { item: 'id', quantity: 'quantity', supplier: 'id' },
      },
    },
    queueExecutionGeneration: { args: { id: 'id' }, base: { id: plan } },
    receivePurchaseOrder: {
      args: { id: 'id', key: 'key', location: 'id' },
      base: { id: purchaseOrder, location: store },
      row: {
        arg: 'lines',
        base: { line: 0, quantity: 1 },
        fields: { line: 'index', quantity: 'quantity' },
      },
    },
    sendPurchaseOrder: { args: { id: 'id' }, base: { id: purchaseOrder } },
    traceLot: { args: { lot: 'id' }, base: { lot } },
    recordInputs: {
      args: { key: 'key', lines: 'rows', run: 'id', stage: 'text' },
      base: { lines: [line], run, stage },
      row: {
        arg: 'lines',
        base: line,
        fields: { item: 'id', location: 'id', lot: 'id', note: 'text', quantity: 'quantity' },
      },
    },
    recordLosses: {
      args: { key: 'key', lines: 'rows', run: 'id', stage: 'text' },
      base: { lines: [line], run, stage },
    },
    recordOutputs: {
      args: { key: 'key', lines: 'rows', run: 'id', stage: 'text' },
      base: { lines: [line], run, stage },
    },
    resolveScan: { args: { code: 'text' }, base: { code: `EX.${execution}` } },
    refreshOrderRecipe: { args: { id: 'id' }, base: { id: order } },
    reopenExecution: { args: { id: 'id', reason: 'text' }, base: { id: execution, reason: 'x' } },
    requestMaterials: {
      args: { executions: 'ids', key: 'key', plan: 'id', source: 'id' },
      base: { executions: [execution], source: store },
    },
    returnToStore: {
      args: { key: 'key', lines: 'rows', requisition: 'id' },
      base: { requisition },
    },
    reverseEntry: { args: { entry: 'id', note: 'text' }, base: { entry } },
    reverseInventoryAdjustment: { args: { id: 'id' }, base: {} },
    reverseOrderOutput: {
      args: { order: 'id', quantity: 'quantity', row: 'text' },
      base: { order, quantity: 1, row: '1' },
    },
    previewOrderOutputReversal: {
      args: { order: 'id', quantity: 'quantity', row: 'text' },
      base: { order, quantity: 1, row: '1' },
    },
    recordOrderOutput: {
      args: { disposition: 'option', key: 'key', order: 'id', quantity: 'quantity', row: 'text' },
      base: { order, row: '1' },
    },
    reverseStockMovements: {
      args: { key: 'key', movements: 'ids', postingKey: 'text' },
      base: { key: 'corpus' },
    },
    stageTrolley: {
      args: { label: 'text', requisitions: 'ids', trolley: 'id' },
      base: { requisitions: [requisition] },
    },
    updateExecutions: {
      args: { updates: 'rows' },
      base: {},
      row: {
        arg: 'updates',
        base: { id: execution },
        fields: { id: 'id', plannedQuantity: 'quantity', productionDate: 'date' },
      },
    },
  }
  const uncovered = actions.flatMap((action) =>
    Object.keys(action.args)
      .filter((arg) => !table[action.name]?.args[arg] && table[action.name]?.row?.arg !== arg)
      .map((arg) => `${action.name}.${arg}`),
  )
  expect(uncovered, 'every argument of every action is in the corpus').toEqual([])
  const graphqlCall = (c: (typeof cases)[number], args: Record<string, unknown>) => {
    const action = actions.find((a) => a.name === c.action)!
    const names = Object.keys(args).filter((name) => name in action.args)
    const declared = names.map((name) => `$${name}: ${action.args[name]}`).join(', ')
    const passed = names.map((name) => `${name}: $${name}`).join(', ')
    const call = passed ? `${c.action}(${passed})` : c.action
    return app.api.graphql(
      `${action.kind ?? 'mutation'}${declared ? `(${declared})` : ''} { ${call} }`,
      args,
      app.admin,
    )
  }
  const cases = actionCases(table)
  return cases.flatMap((c) =>
    c.values.flatMap((bad) => [
      {
        label: `action ${c.action} ${c.path} = ${bad.label}`,
        path: c.path,
        send: () =>
          app.api.rest('POST', `/manufacturing/${c.action}`, {
            raw: withBadValue(c, bad),
            token: app.admin,
          }),
      },
      ...('value' in bad
        ? [
            {
              label: `GraphQL action ${c.action} ${c.path} = ${bad.label}`,
              path: c.path,
              send: () => graphqlCall(c, JSON.parse(withBadValue(c, bad))),
            },
          ]
        : []),
    ]),
  )
}
