import { describe, expect, it } from 'vitest'

import { receivingRefusal, sendingRefusal } from './purchaseOrderSending'

const order = (over: Partial<Parameters<typeof sendingRefusal>[0]> = {}) => ({
  lines: 2,
  number: 'PO-0001',
  status: 'draft',
  supplier: { email: 'orders@mill.example', name: 'Mill' },
  ...over,
})

describe('sendingRefusal', () => {
  it('sends a draft, and a sent order again, to a supplier with an e-mail address', () => {
    expect(sendingRefusal(order())).toBeNull()
    expect(sendingRefusal(order({ status: 'sent' }))).toBeNull()
    expect(sendingRefusal(order({ status: null }))).toBeNull()
  })

  it('refuses a supplier without a usable e-mail address, naming the supplier', () => {
    for (const email of [null, undefined, '', '  ', 'not-an-address'])
      expect(sendingRefusal(order({ supplier: { email, name: 'Mill' } }))).toEqual({
        message: 'Mill has no e-mail address: add one to the supplier to send PO-0001',
        path: 'supplier',
      })
  })

  it('refuses an order that is received, cancelled or closed, or has no lines', () => {
    for (const status of ['partially_received', 'received', 'cancelled', 'closed'])
      expect(sendingRefusal(order({ status }))?.path).toBe('id')
    expect(sendingRefusal(order({ status: 'cancelled' }))?.message).toBe(
      'PO-0001 is cancelled: only a draft or a sent order is sent',
    )
    expect(sendingRefusal(order({ lines: 0 }))?.message).toMatch(/has no lines/)
  })
})

describe('receivingRefusal', () => {
  it('receives a sent or partly received order, never a draft, cancelled or closed one', () => {
    expect(receivingRefusal('PO-1', 'sent')).toBeNull()
    expect(receivingRefusal('PO-1', 'partially_received')).toBeNull()
    expect(receivingRefusal('PO-1', 'draft')).toMatch(/draft: send it/)
    expect(receivingRefusal('PO-1', 'cancelled')).toBe('PO-1 is cancelled: nothing more arrives')
    expect(receivingRefusal('PO-1', 'closed')).toBe('PO-1 is closed: nothing more arrives')
  })
})
