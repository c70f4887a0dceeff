import Papa from 'papaparse'
import { beforeAll, describe, expect, it } from 'vitest'

import { pdfBarcodes } from '../support/pdfBarcodes'
import { pdfPages } from '../support/pdfText'
import { type SeededApp, seededApp } from '../support/seededApp'

const message = (body: any): string =>
  body?.errors?.[0]?.data?.errors?.[0]?.message ?? body?.errors?.[0]?.message ?? ''

/**
 * The codes printed on the demo factory's documents read back as what they name, and a scanned
 * code resolves to its document or lot over REST and GraphQL, as the user may read it.
 */
describe('scan codes on printed documents, and resolving a scanned code', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let operator: string
  /** A user who may view executions and nothing else. */
  let planless: string

  const pdf = async (path: string, token = admin) => {
    const answer = await api.rest('GET', path, { binary: true, token })
    expect(answer.status, path).toBe(200)
    const bytes = answer.body as Uint8Array
    return { codes: await pdfBarcodes(bytes), text: (await pdfPages(bytes)).join('\n') }
  }
  const first = async (collection: any, where: any = {}) => {
    const { docs } = await payload.find({ collection, depth: 0, limit: 1, sort: 'id', where })
    expect(docs[0], `a ${collection} in the demo`).toBeDefined()
    return docs[0] as any
  }

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    operator = await api.login('operator@example.com', 'operator')
    const role = await payload.create({
      collection: 'roles',
      data: { name: `Execution viewers ${Date.now()}`, permissions: ['executions.view'] },
    })
    const email = `viewer-${Date.now()}@example.com`
    await payload.create({
      collection: 'users',
      data: { email, name: 'Execution viewer', password: 'secret', roles: [role.id] } as any,
    })
    planless = await api.login(email, 'secret')
  })

  it('prints the execution’s QR code on its recipe card', async () => {
    const execution = await first('executions')
    const { codes, text } = await pdf(`/executions/recipe-cards.pdf?ids=${execution.id}`)
    expect(codes).toEqual([`EX.${execution.id}`])
    expect(text).toContain(`EX.${execution.id}`)
  })

  it('prints the requisition’s QR code and a barcode for each lot line on its pick list', async () => {
    const { docs } = await payload.find({ collection: 'material-requisitions', limit: 50 })
    const picked = docs.find((r: any) =>
      (r.lines ?? []).some((line: any) => (line.lots ?? []).length > 0),
    )!
    expect(picked).toBeDefined()
    const { codes, text } = await pdf(`/material-requisitions/pick-list.pdf?ids=${picked.id}`)
    expect(codes).toContain(`MR.${picked.id}`)
    expect(text).toContain(`MR.${picked.id}`)
    const csv = await api.rest('GET', `/material-requisitions/pick-list.csv?ids=${picked.id}`, {
      token: admin,
    })
    const rows = Papa.parse<string[]>(csv.body as string, { skipEmptyLines: true }).data.slice(1)
    const lotCodes = rows.map((row) => row[6]).filter(Boolean)
    expect(codes).not.toContain(null)
    // A lot on two lines is one image, drawn twice.
    const lotScans = codes.filter((code) => code?.startsWith('LT.'))
    expect(lotScans).toHaveLength(new Set(lotCodes).size)
    const lots = await payload.find({
      collection: 'lots',
      where: { id: { in: lotScans.map((code) => Number(code!.slice(3))) } },
    })
    expect(lots.docs.map((lot) => lot.code).sort()).toEqual([...new Set(lotCodes)].sort())
  })

  it('prints the order’s QR code and each lot’s barcode in both production order layouts', async () => {
    // An open order of the demo, its ingredients picked where stock allows and one unit made.
    const open = await first('manufacturing-orders', { state: { equals: 'open' } })
    for (const line of open.ingredients ?? [])
      await api.rest('POST', '/manufacturing/pickIngredients', {
        body: { lines: [{ ingredient: line.id }], order: open.id },
        token: admin,
      })
    await api.rest('POST', '/manufacturing/recordOrderOutput', {
      body: { order: open.id, quantity: 1 },
      token: admin,
    })
    const { docs } = await payload.find({ collection: 'manufacturing-orders', limit: 100 })
    const lotCount = (o: any) =>
      (o.outputs ?? []).filter((row: any) => row.lot).length +
      (o.ingredients ?? []).flatMap((line: any) => line.pickedLots ?? []).length
    const order = [...docs].sort((a, b) => lotCount(b) - lotCount(a))[0] as any
    expect(lotCount(order), 'an order with lots').toBeGreaterThan(0)
    const lotId = (value: any) => (typeof value === 'object' ? value.id : value)
    const picked = order.ingredients.flatMap((line: any) =>
      (line.pickedLots ?? []).map((pick: any) => `LT.${lotId(pick.lot)}`),
    )
    const made = order.outputs.flatMap((row: any) => (row.lot ? [`LT.${lotId(row.lot)}`] : []))
    const path = `/manufacturing-orders/production-order.pdf?ids=${order.id}&layout=`
    const sheet = await pdf(`${path}order_sheet`)
    expect(new Set(sheet.codes)).toEqual(new Set([`MO.${order.id}`, ...picked, ...made]))
    expect(sheet.text).toContain(`MO.${order.id}`)
    const ticket = await pdf(`${path}floor_ticket`)
    expect(new Set(ticket.codes)).toEqual(new Set([`MO.${order.id}`, ...picked]))
  })

  it('prints a lot’s label: item, lot code, on hand and expiry, the code big', async () => {
    const lot = await first('lots')
    const item = await payload.findByID({ collection: 'items', id: lot.item })
    const { codes, text } = await pdf(`/lots/${lot.id}/label.pdf`, operator)
    expect(codes).toEqual([`LT.${lot.id}`])
    expect(text).toContain(lot.code)
    expect(text).toContain(item.name)
    expect(text).toMatch(/On hand [\d,.]+/)
    expect(text).toMatch(/Expires \d{4}-\d{2}-\d{2}|No expiry/)
    expect((await api.rest('GET', `/lots/${lot.id}/label.pdf`)).status).toBe(401)
    const refused = await api.rest('GET', `/lots/${lot.id}/label.pdf`, { token: planless })
    expect(refused.status).toBe(403)
    const missing = await api.rest('GET', '/lots/999999999/label.pdf', { token: admin })
    expect(missing.status).toBe(404)
    expect(message(missing.body)).toBe('id: no lot with id 999999999')
    expect((await api.rest('GET', '/lots/abc/label.pdf', { token: admin })).status).toBe(400)
  })

  const resolve = (code: unknown, token = operator) =>
    api.rest('POST', '/manufacturing/resolveScan', { body: { code }, token })
  const resolveOverGraphql = (code: string, token = operator) =>
    api.graphql('query ($code: String!) { resolveScan(code: $code) }', { code }, token)

  it('resolves each kind of code to its document’s shop-floor screen, over REST and GraphQL', async () => {
    const execution = await first('executions')
    const order = await first('manufacturing-orders')
    const run = await first('production-runs')
    const requisition = await first('material-requisitions')
    const lot = await first('lots')
    const screens = [
      [
        'execution',
        `EX.${execution.id}`,
        execution.id,
        `/admin/shop-floor/executions/${execution.id}`,
      ],
      [
        'manufacturingOrder',
        `MO.${order.id}`,
        order.id,
        `/admin/shop-floor/manufacturing-orders/${order.id}`,
      ],
      ['productionRun', `pr.${run.id}\r\n`, run.id, `/admin/shop-floor/production-runs/${run.id}`],
    ] as const
    for (const [kind, code, id, url] of screens) {
      const rest = await resolve(code)
      expect(rest.status, JSON.stringify(rest.body)).toBe(200)
      expect(rest.body).toMatchObject({ id, kind, url })
      const graphql = await resolveOverGraphql(code)
      expect(graphql.body.data.resolveScan).toMatchObject({ id, kind, url })
    }
    expect((await resolve(`EX.${execution.id}`)).body.label).toBe(execution.code)
    const scannedLot = await resolve(`LT.${lot.id}`)
    expect(scannedLot.body).toEqual({
      code: lot.code,
      id: lot.id,
      itemId: lot.item,
      kind: 'lot',
      label: lot.code,
      lotId: lot.id,
      url: `/admin/collections/lots/${lot.id}`,
    })
    const storekeeper = await api.login('storekeeper@example.com', 'storekeeper')
    const scannedRequisition = await resolve(`MR.${requisition.id}`, storekeeper)
    expect(scannedRequisition.body).toMatchObject({
      id: requisition.id,
      kind: 'materialRequisition',
      label: requisition.code,
    })
  })

  it('refuses a code naming what the user may not read, over REST and GraphQL', async () => {
    const requisition = await first('material-requisitions')
    const refused = await resolve(`MR.${requisition.id}`)
    expect(refused.status).toBe(403)
    expect(message(refused.body)).toMatch(/not allowed to view requisitions/)
    const graphql = await resolveOverGraphql(`MR.${requisition.id}`)
    expect(graphql.body.errors[0].message).toMatch(/not allowed to view requisitions/)
    const lot = await first('lots')
    expect((await resolve(`LT.${lot.id}`, planless)).status).toBe(403)
    expect((await resolve(`LT.${lot.id}`, '')).status).toBe(401)
  })

  it('refuses unknown and unreadable codes, saying what is wrong', async () => {
    const unknown = await resolve('EX.999999999')
    expect(unknown.status).toBe(404)
    expect(message(unknown.body)).toBe('code: no execution with id 999999999')
    const notOurs = await resolve('4006381333931')
    expect(notOurs.status).toBe(400)
    expect(message(notOurs.body)).toBe('code: "4006381333931" is not a code this system prints')
    expect(message((await resolve('ZZ.4')).body)).toBe(
      'code: "ZZ.4" starts with ZZ, which no code has',
    )
    expect((await resolve(12)).status).toBe(400)
    const graphql = await resolveOverGraphql('   ')
    expect(graphql.body.errors[0].message).toMatch(/code: is empty: nothing was scanned/)
  })
})
