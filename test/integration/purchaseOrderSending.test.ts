import { beforeAll, describe, expect, it } from 'vitest'

import { sentEmails } from '../../demo/consoleEmail'
import { pdfPages } from '../support/pdfText'
import { toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

const message = (body: any): string =>
  body?.errors?.[0]?.data?.errors?.[0]?.message ?? body?.errors?.[0]?.message ?? ''

/**
 * Purchase orders go to the supplier: as a PDF, attached to an e-mail through the app's e-mail
 * adapter (the demo's records what it writes to the console), and the order is then sent.
 * A cancelled or closed order no longer counts as incoming.
 */
describe('sending purchase orders', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let f: Awaited<ReturnType<typeof toyFixtures>>
  let mill: number
  let silent: number

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    f = await toyFixtures(payload, { paint: 0, plastic: 0 })
    const supplier = async (name: string, email?: string) =>
      (
        await payload.create({
          collection: 'suppliers',
          data: { address: '1 Mill Road\nMilltown', email, name: `${name} ${f.tag}` },
        })
      ).id
    mill = await supplier('Mill', `orders-${f.tag}@mill.example`)
    silent = await supplier('Silent')
  })

  const draft = async (supplier: number, quantity = 40) => {
    const { body, status } = await api.rest('POST', '/purchase-orders', {
      body: {
        expectedDate: '2026-12-20',
        lines: [
          { item: f.plastic, quantity, unitCost: 2.5 },
          { item: f.paint, quantity: 3, unitCost: 4 },
        ],
        notes: 'Deliver to gate 2.',
        supplier,
      },
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(201)
    return body.doc as { id: number; number: string }
  }
  const send = (id: number, token = admin) =>
    api.rest('POST', '/manufacturing/sendPurchaseOrder', { body: { id }, token })
  const statusOf = async (id: number) =>
    (await payload.findByID({ collection: 'purchase-orders', depth: 0, id })).status

  it('prints the order as a PDF: supplier, dates, lines with units and costs, total', async () => {
    const order = await draft(mill)
    const { body, headers, status } = await api.rest(
      'GET',
      `/purchase-orders/purchase-order.pdf?ids=${order.id}`,
      { binary: true, token: admin },
    )
    expect(status).toBe(200)
    expect(headers?.get('content-type')).toBe('application/pdf')
    const [page] = await pdfPages(body)
    for (const text of [
      `Purchase order ${order.number}`,
      `To Mill ${f.tag}`,
      `orders-${f.tag}@mill.example`,
      '2026-12-20',
      `PLASTIC-${f.tag}`,
      '40 pcs',
      '100.00',
      'Total 112.00',
      'Deliver to gate 2.',
    ])
      expect(page).toContain(text)
  })

  it('e-mails the PDF to the supplier and marks the order sent (REST, then again by GraphQL)', async () => {
    const order = await draft(mill)
    const before = sentEmails.length
    const { body, status } = await send(order.id)
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body).toMatchObject({ number: order.number, sentTo: `orders-${f.tag}@mill.example` })
    expect(await statusOf(order.id)).toBe('sent')
    expect(sentEmails).toHaveLength(before + 1)
    const mail = sentEmails.at(-1)!
    expect(mail.to).toBe(`orders-${f.tag}@mill.example`)
    expect(mail.subject).toBe(`Purchase order ${order.number}`)
    expect(mail.text).toContain(`40 pcs PLASTIC ${f.tag}`)
    const [attachment] = mail.attachments as { content: Buffer; filename: string }[]
    expect(attachment!.filename).toBe(`${order.number}.pdf`)
    expect((await pdfPages(new Uint8Array(attachment!.content)))[0]).toContain(
      `Purchase order ${order.number}`,
    )
    // A sent order may be sent again.
    const again = await api.graphql(
      'mutation ($id: Int!) { sendPurchaseOrder(id: $id) }',
      { id: order.id },
      admin,
    )
    expect(again.body.errors).toBeUndefined()
    expect(again.body.data.sendPurchaseOrder.status).toBe('sent')
    expect(sentEmails).toHaveLength(before + 2)
  })

  it('refuses a supplier without e-mail, and a cancelled order, sending nothing', async () => {
    const before = sentEmails.length
    const order = await draft(silent)
    const { body, status } = await send(order.id)
    expect(status).toBe(400)
    expect(message(body)).toBe(
      `supplier: Silent ${f.tag} has no e-mail address: add one to the supplier to send ${order.number}`,
    )
    expect(await statusOf(order.id)).toBe('draft')
    const cancelled = await draft(mill)
    await payload.update({
      collection: 'purchase-orders',
      data: { status: 'cancelled' },
      id: cancelled.id,
    })
    const refused = await send(cancelled.id)
    expect(refused.status).toBe(400)
    expect(message(refused.body)).toMatch(/is cancelled: only a draft or a sent order is sent/)
    expect((await send(999999)).status).toBe(404)
    expect(sentEmails).toHaveLength(before)
  })

  it('lets only users who may update purchase orders send them', async () => {
    const role = await payload.create({
      collection: 'roles',
      data: { name: `PO readers ${f.tag}`, permissions: ['purchaseOrders.view'] },
    })
    const email = `po-reader-${f.tag}@example.com`
    await payload.create({
      collection: 'users',
      data: { email, name: 'PO reader', password: 'secret', roles: [role.id] },
    })
    const reader = await api.login(email, 'secret')
    const order = await draft(mill)
    const { body, status } = await send(order.id, reader)
    expect(status).toBe(403)
    expect(message(body)).toMatch(/purchaseOrders\.update/)
    expect(await statusOf(order.id)).toBe('draft')
    // The reader still prints it, without costs.
    const pdf = await api.rest('GET', `/purchase-orders/purchase-order.pdf?ids=${order.id}`, {
      binary: true,
      token: reader,
    })
    expect(pdf.status).toBe(200)
    const [page] = await pdfPages(pdf.body)
    expect(page).toContain(`PLASTIC-${f.tag}`)
    expect(page).not.toContain('100.00')
  })

  it('counts a draft as incoming until it is cancelled or closed, and never receives those', async () => {
    // A toy of its own: nothing else is on order for its plastic.
    f = await toyFixtures(payload, { paint: 0, plastic: 0 })
    const { body, status } = await api.rest('POST', '/executions', {
      body: {
        plannedQuantity: 10,
        product: f.toy,
        productionDate: '2026-12-21',
        productionFloor: f.floor,
      },
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(201)
    const incoming = async () => {
      const preview = await api.rest('POST', '/manufacturing/previewShortagePurchases', {
        body: { documents: { collection: 'executions', ids: [body.doc.id] } },
        token: admin,
      })
      expect(preview.status, JSON.stringify(preview.body)).toBe(200)
      return preview.body.items.find((row: { item: number }) => row.item === f.plastic)?.incoming
    }
    expect(Number(await incoming())).toBe(0)
    const order = await draft(mill, 7)
    expect(Number(await incoming())).toBe(7)
    for (const state of ['cancelled', 'closed'] as const) {
      await payload.update({ collection: 'purchase-orders', data: { status: state }, id: order.id })
      expect(Number(await incoming())).toBe(0)
      const receive = await api.rest('POST', '/manufacturing/receivePurchaseOrder', {
        body: { id: order.id, location: f.floor },
        token: admin,
      })
      expect(receive.status).toBe(400)
      expect(message(receive.body)).toBe(`id: ${order.number} is ${state}: nothing more arrives`)
    }
  })
})
