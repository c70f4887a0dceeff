import { type Field, formatNames, toWords } from 'payload'
import type pg from 'pg'

import { beforeAll, describe, expect, it } from 'vitest'

import { type BadValue, bodyText, fieldCases, leaks, namesField } from '../support/badInputTable'
import { badActionInputs, type Input } from '../support/badActionInputs'
import { type SeededApp, seededApp } from '../support/seededApp'

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

  it('answers each with a 4xx naming the field, no 5xx, no stack or SQL, nothing written', async () => {
    const inputs = [
      ...(await restInputs()),
      ...(await graphqlInputs()),
      ...(await badActionInputs(app, firstId)),
    ]
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
