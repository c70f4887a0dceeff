import { beforeAll, describe, expect, inject, it } from 'vitest'

import { httpApi } from '../support/httpApi'

const baseURL = inject('baseURL')
const api = httpApi(baseURL)
const unknown = 'An unknown error occurred.'

/** REST answers of the production build (`next build`, `next start`), refusals read as a client. */
describe('refusals over REST in a production build', () => {
  let token: string

  beforeAll(async () => {
    const login = await api('/users/login', {
      body: JSON.stringify({ email: 'admin@example.com', password: 'admin' }),
      method: 'POST',
    })
    token = login.body.token
  })

  const refusal = (answer: { body: any; status: number }) => ({
    message: answer.body?.errors?.[0]?.message,
    status: answer.status,
  })

  it('an anonymous action call is told to log in (401)', async () => {
    const answer = await api('/manufacturing/verifyLedger', { body: '{}', method: 'POST' })
    expect(refusal(answer)).toEqual({ message: 'You must be logged in to do this.', status: 401 })
  })

  it('an unknown production run is named (404)', async () => {
    const answer = await api('/manufacturing/recordInputs', {
      body: JSON.stringify({ lines: [], run: 999999, stage: 'Cutting' }),
      method: 'POST',
      token,
    })
    expect(refusal(answer)).toEqual({
      message: 'run: no production run with id 999999',
      status: 404,
    })
  })

  it('a reused idempotency key with other lines is refused, naming the key (409)', async () => {
    const first = (await api('/locations?limit=100&depth=0', { token })).body.docs
    const supplier = first.find((l: any) => l.virtualRole === 'supplier')
    const warehouse = first.find((l: any) => l.kind === 'warehouse')
    // An item of its own, so that no other test's stock changes.
    const item = (
      await api('/items', {
        body: JSON.stringify({
          kind: 'material',
          name: 'Refusal test salt',
          sku: 'REFUSAL-SALT',
          unit: 'kg',
        }),
        method: 'POST',
        token,
      })
    ).body.doc
    const post = (quantity: number) =>
      api('/manufacturing/postStockMovements', {
        body: JSON.stringify({
          key: 'refusal-messages-receipt',
          lines: [
            {
              from: supplier.id,
              item: item.id,
              newLot: { unitCost: 1 },
              quantity,
              reason: 'receipt',
              to: warehouse.id,
            },
          ],
        }),
        method: 'POST',
        token,
      })
    expect((await post(1)).status).toBe(200)
    const again = refusal(await post(2))
    expect(again.status).toBe(409)
    expect(again.message).toMatch(/refusal-messages-receipt/)
  })

  it('a change to a Completed execution is refused as locked (409)', async () => {
    const statuses = (await api('/production-statuses?limit=100&depth=0&sort=order', { token }))
      .body.docs
    const completed = statuses.find((s: any) => s.name === 'Completed')
    const execution = (
      await api(`/executions?limit=1&depth=0&where[status][equals]=${completed.id}`, { token })
    ).body.docs[0]
    const answer = await api(`/executions/${execution.id}`, {
      body: JSON.stringify({ note: 'changed after completion' }),
      method: 'PATCH',
      token,
    })
    const { message, status } = refusal(answer)
    expect(status).toBe(409)
    expect(message).toMatch(/is Completed and locked/)
  })

  it('a body that is not JSON answers 400 saying so, on collections and actions', async () => {
    for (const path of ['/items', '/manufacturing/postStockMovements']) {
      const answer = await api(path, { body: '{"name": ', method: 'POST', token })
      expect(refusal(answer), path).toEqual({
        message: 'The request body is not valid JSON.',
        status: 400,
      })
    }
  })

  it('no refusal of these reads "An unknown error occurred."', async () => {
    const answers = await Promise.all([
      api('/manufacturing/verifyLedger', { body: '{}', method: 'POST' }),
      api('/manufacturing/reverseStockMovements', {
        body: JSON.stringify({ postingKey: 'no-such-posting' }),
        method: 'POST',
        token,
      }),
      api('/executions/999999', { token }),
      api('/items', { body: JSON.stringify({}), method: 'POST', token }),
    ])
    for (const answer of answers) {
      expect(answer.status).toBeGreaterThanOrEqual(400)
      expect(answer.status).toBeLessThan(500)
      expect(refusal(answer).message).toBeTruthy()
      expect(refusal(answer).message).not.toBe(unknown)
    }
  })
})
