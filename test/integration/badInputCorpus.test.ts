import { type Field, formatNames, toWords } from 'payload'
import type pg from 'pg'

import { beforeAll, describe, expect, it } from 'vitest'

import {
  type ActionTable,
  actionCases,
  type BadValue,
  bodyText,
  fieldCases,
  leaks,
  namesField,
  withBadValue,
} from '../support/badInputTable'
import { type SeededApp, seededApp } from '../support/seededApp'
import { actions } from '../../src/actions'

/** The plugin's collections whose documents an administrator writes through the API. */
const collections = [
  'users',
  'roles',
  'items',
  'item-categories',
  'suppliers',
  'customers',
  'locations',
  'lots',
  'inventory-adjustments',
  'purchase-orders',
  'sales-orders',
  'boms',
  'production-statuses',
  'executions',
  'production-plans',
  'manufacturing-orders',
  'material-requisitions',
  'trolleys',
  'processes',
  'production-runs',
] as const

type Input = {
  label: string
  path: string
  send: () => Promise<{ body: unknown; status: number }>
}

type Tally = {
  '4xx': number
  '5xx': number
  'invalid values accepted': number
  inputs: number
  'leaked stack or SQL': number
  'vague messages': number
  'writes on error': number
}

describe('bad-input corpus: every bad value is a named 4xx and writes nothing', () => {
  let app: SeededApp
  let pool: pg.Pool
  let fingerprintSql: string

  beforeAll(async () => {
    app = await seededApp()
    pool = (app.payload.db as unknown as { pool: pg.Pool }).pool
    const { rows } = await pool.query<{ name: string; stamped: boolean }>(
      `select t.table_name as name,
              exists (select 1 from information_schema.columns c
                      where c.table_schema = 'public' and c.table_name = t.table_name
                        and c.column_name = 'updated_at') as stamped
         from information_schema.tables t
        where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
        order by 1`,
    )
    fingerprintSql = `select concat_ws(',', ${rows
      .map(
        ({ name, stamped }) =>
          `(select count(*)::text${stamped ? ` || ':' || coalesce(max(updated_at)::text, '')` : ''} from "${name}")`,
      )
      .join(', ')}) as fingerprint`
  })

  /** Row counts and latest change of every table: any write on an error shows. */
  const fingerprint = async () => (await pool.query(fingerprintSql)).rows[0].fingerprint as string

  const firstId = async (slug: string, where: Record<string, unknown> = {}) => {
    const { docs } = await app.payload.find({
      collection: slug as 'items',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      sort: 'id',
      where: where as never,
    })
    return docs[0]?.id as number | undefined
  }

  const restInputs = async (): Promise<Input[]> => {
    const inputs: Input[] = []
    for (const slug of collections) {
      const fields = app.config.collections.find((c) => c.slug === slug)!.fields as Field[]
      const target = await firstId(slug)
      for (const c of fieldCases(fields)) {
        for (const bad of c.values) {
          const raw = bodyText(c.wrap, bad)
          inputs.push({
            label: `REST create ${slug} ${c.path} = ${bad.label}`,
            path: c.path,
            send: () => app.api.rest('POST', `/${slug}`, { raw, token: app.admin }),
          })
          if (target)
            inputs.push({
              label: `REST update ${slug}/${target} ${c.path} = ${bad.label}`,
              path: c.path,
              send: () => app.api.rest('PATCH', `/${slug}/${target}`, { raw, token: app.admin }),
            })
        }
      }
      const badIds = ['abc', "1'--", '1.5', '0', '-1', '1e0', '%20', '0x1']
      for (const id of badIds) {
        inputs.push({
          label: `REST read ${slug}/${id}`,
          path: 'id',
          send: () =>
            app.api.rest('GET', `/${slug}/${encodeURIComponent(id)}`, { token: app.admin }),
        })
        inputs.push({
          label: `REST update ${slug}/${id}`,
          path: 'id',
          send: () =>
            app.api.rest('PATCH', `/${slug}/${encodeURIComponent(id)}`, {
              body: {},
              token: app.admin,
            }),
        })
        inputs.push({
          label: `REST delete ${slug}/${id}`,
          path: 'id',
          send: () =>
            app.api.rest('DELETE', `/${slug}/${encodeURIComponent(id)}`, { token: app.admin }),
        })
        inputs.push({
          label: `REST find ${slug} where[id][in]=${id}`,
          path: 'where[id][in]',
          send: () =>
            app.api.rest('GET', `/${slug}?where[id][in]=${encodeURIComponent(id)}`, {
              token: app.admin,
            }),
        })
      }
      const compared = fieldCases(fields).filter(
        (c) => !c.path.includes('.') && !c.path.includes('['),
      )
      for (const c of compared) {
        const field = fields
          .flatMap((f) => ('fields' in f && !('name' in f) ? f.fields : [f]))
          .find((f) => 'name' in f && f.name === c.path)
        const bad =
          field?.type === 'select' ? 'no-such-option' : field?.type === 'number' ? 'abc' : null
        if (!bad) continue
        inputs.push({
          label: `REST find ${slug} where[${c.path}][equals]=${bad}`,
          path: `where[${c.path}][equals]`,
          send: () =>
            app.api.rest('GET', `/${slug}?where[${c.path}][equals]=${bad}`, { token: app.admin }),
        })
      }
      for (const [param, value] of [
        ['limit', 'abc'],
        ['limit', '-1'],
        ['limit', '1.5'],
        ['page', 'abc'],
        ['page', '0'],
        ['page', '-2'],
        ['depth', 'abc'],
      ] as const)
        inputs.push({
          label: `REST find ${slug} ${param}=${value}`,
          path: param,
          send: () => app.api.rest('GET', `/${slug}?${param}=${value}`, { token: app.admin }),
        })
    }
    const settings = app.config.globals.find((g) => g.slug === 'production-settings')!
    for (const c of fieldCases(settings.fields as Field[]))
      for (const bad of c.values) {
        const raw = bodyText(c.wrap, bad)
        inputs.push({
          label: `REST update production-settings ${c.path} = ${bad.label}`,
          path: c.path,
          send: () =>
            app.api.rest('POST', '/globals/production-settings', { raw, token: app.admin }),
        })
      }
    return inputs
  }

  const graphqlInputs = async (): Promise<Input[]> => {
    // Each collection's create and update mutations, with their input types, as the schema says.
    const { body } = await app.api.graphql(
      '{ __schema { mutationType { fields { name args { name type { name ofType { name } } } } } } }',
      {},
      app.admin,
    )
    const mutations = new Map<string, string>(
      (
        body.data.__schema.mutationType.fields as {
          args: { name: string; type: { name: null | string; ofType: { name: string } | null } }[]
          name: string
        }[]
      ).flatMap((m) => {
        const data = m.args.find((a) => a.name === 'data')
        return data ? [[m.name, data.type.name ?? `${data.type.ofType!.name}!`] as const] : []
      }),
    )
    const inputs: Input[] = []
    for (const slug of collections) {
      const config = app.config.collections.find((c) => c.slug === slug)!
      const graphQL = config.graphQL as { singularName?: string } | false | undefined
      const name =
        graphQL && graphQL.singularName
          ? toWords(graphQL.singularName, true)
          : formatNames(slug).singular
      const updateType = mutations.get(`update${name}`)
      expect(updateType, `update${name} for ${slug}`).toBeDefined()
      const target = await firstId(slug)
      // GraphQL's own types require every required field of a new document and of a row: the
      // values reach the plugin in updates of a document's own fields (REST covers the rest).
      const own = fieldCases(config.fields as Field[]).filter((c) => !c.path.includes('['))
      for (const c of target && updateType ? own : []) {
        for (const bad of c.values.filter(
          (b): b is BadValue & { value: unknown } => 'value' in b,
        )) {
          const data = c.wrap(bad.value)
          inputs.push({
            label: `GraphQL update${name} ${c.path} = ${bad.label}`,
            path: c.path,
            send: () =>
              app.api.graphql(
                `mutation($data: ${updateType}) { update${name}(id: ${target}, data: $data) { id } }`,
                { data },
                app.admin,
              ),
          })
        }
      }
    }
    return inputs
  }

  const actionInputs = async (): Promise<Input[]> => {
    const status = await firstId('production-statuses')
    const order = await firstId('manufacturing-orders', { state: { equals: 'open' } })
    const bom = await firstId('boms')
    const item = await firstId('items', { kind: { equals: 'material' } })
    const product = await firstId('items', { kind: { equals: 'product' } })
    const floor = await firstId('locations', { kind: { equals: 'production_floor' } })
    const store = await firstId('locations', { kind: { equals: 'warehouse' } })
    const supplierLocation = await firstId('locations', { virtualRole: { equals: 'supplier' } })
    const supplier = await firstId('suppliers')
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
    const stage = (runDoc?.process as { stages?: { name: string }[] } | undefined)?.stages?.[0]
      ?.name
    const salesOrder = await firstId('sales-orders')
    const plan = await firstId('production-plans')
    const entry = await firstId('production-run-entries')
    const processId = await firstId('processes')
    const line = { item, quantity: 1 }
    const receipt = { from: supplierLocation, item, quantity: 1, reason: 'receipt', to: store }
    const table: ActionTable = {
      addToInventory: {
        args: { bom: 'id', key: 'key', location: 'id', quantity: 'quantity' },
        base: { bom, location: store, quantity: 1 },
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
      createProductionFromBoms: {
        args: { lines: 'rows' },
        base: {},
        row: {
          arg: 'lines',
          base: { bom, quantity: 1 },
          fields: { bom: 'id', quantity: 'quantity' },
        },
      },
      createProductionFromSalesOrder: {
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
      pickIngredients: { args: { lines: 'rows', order: 'id' }, base: { lines: [{}], order } },
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
      refreshOrderRecipe: { args: { id: 'id' }, base: { id: order } },
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

  it('answers each with a 4xx naming the field, no 5xx, no stack or SQL, nothing written', async () => {
    const inputs = [...(await restInputs()), ...(await graphqlInputs()), ...(await actionInputs())]
    const tally: Tally = {
      '4xx': 0,
      '5xx': 0,
      'invalid values accepted': 0,
      inputs: 0,
      'leaked stack or SQL': 0,
      'vague messages': 0,
      'writes on error': 0,
    }
    const failures: string[] = []
    for (const input of inputs) {
      const before = await fingerprint()
      const { body, status: httpStatus } = await input.send()
      const after = await fingerprint()
      const text = JSON.stringify(body)
      const errors = (body as { errors?: unknown[] })?.errors
      // GraphQL answers a refusal with its errors; the status it carries is the error's own.
      const status =
        httpStatus === 200 && Array.isArray(errors) && errors.length > 0
          ? ((errors[0] as { extensions?: { statusCode?: number } }).extensions?.statusCode ?? 400)
          : httpStatus
      tally.inputs++
      const fail = (what: keyof Tally) => {
        tally[what]++
        failures.push(`${what}: ${input.label} → ${httpStatus} ${text.slice(0, 300)}`)
      }
      if (status >= 500) fail('5xx')
      else if (status < 400) fail('invalid values accepted')
      else {
        tally['4xx']++
        if (!namesField(text, input.path)) fail('vague messages')
      }
      if (leaks.test(text)) fail('leaked stack or SQL')
      if (status >= 400 && before !== after) fail('writes on error')
    }
    const over = (prefix: string) => inputs.filter((i) => i.label.startsWith(prefix)).length
    console.log(
      `bad-input corpus: ${JSON.stringify(tally)}; REST ${over('REST')}, GraphQL collections ${over('GraphQL update')}, REST actions ${over('action')}, GraphQL actions ${over('GraphQL action')}`,
    )
    console.log(failures.slice(0, 400).join('\n'))
    expect(tally.inputs).toBeGreaterThanOrEqual(1000)
    expect(failures).toEqual([])
  }, 600_000)
})
