import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { afterReceipt, arrivingQuantities } from './purchaseReceipt'

const lines = [
  { quantity: 10, receivedQuantity: 4 },
  { quantity: 5, receivedQuantity: null },
  { quantity: 2, receivedQuantity: 2 },
]
const arriving = (result: ReturnType<typeof arrivingQuantities>) =>
  'arriving' in result ? result.arriving.map((q) => q.toFixed()) : result.refusal

describe('arrivingQuantities', () => {
  it('receives all that is still due when no line is listed', () => {
    expect(arriving(arrivingQuantities('PO-1', lines, undefined))).toEqual(['6', '5', '0'])
  })

  it('adds up the entries listed per line', () => {
    const asked = [
      { line: 0, quantity: '1.5' },
      { line: 1, quantity: 2 },
      { line: 0, quantity: 1 },
    ]
    expect(arriving(arrivingQuantities('PO-1', lines, asked))).toEqual(['2.5', '2', '0'])
  })

  it('refuses a malformed list at its first problem', () => {
    expect(arriving(arrivingQuantities('PO-1', lines, []))).toEqual({
      message: 'must list the lines received',
      path: 'lines',
    })
    expect(arriving(arrivingQuantities('PO-1', lines, [{ line: 3, quantity: 1 }]))).toEqual({
      message: 'must be a line index between 0 and 2',
      path: 'lines[0].line',
    })
    expect(
      arriving(
        arrivingQuantities('PO-1', lines, [
          { line: 0, quantity: 1 },
          { line: 1, quantity: -1 },
          { line: 9, quantity: 1 },
        ]),
      ),
    ).toEqual({ message: 'must be greater than zero', path: 'lines[1].quantity' })
  })

  it('refuses more than is due on a line, and a receipt of nothing', () => {
    expect(arriving(arrivingQuantities('PO-1', lines, [{ line: 1, quantity: 6 }]))).toEqual({
      message: 'only 5 of line 1 is still due, not 6',
      path: 'lines[1].quantity',
    })
    expect(arriving(arrivingQuantities('PO-1', [lines[2]!], undefined))).toEqual({
      message: 'nothing of PO-1 is still due',
      path: 'lines',
    })
  })

  it('never receives more than is due on any line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ ordered: fc.integer({ max: 100, min: 1 }), received: fc.nat(100) })),
        fc.array(fc.record({ line: fc.nat(5), quantity: fc.integer({ max: 100, min: 1 }) })),
        (ordered, asked) => {
          const order = ordered.map((o) => ({
            quantity: o.ordered,
            receivedQuantity: Math.min(o.received, o.ordered),
          }))
          const result = arrivingQuantities('PO', order, asked.length > 0 ? asked : undefined)
          if (!('arriving' in result)) return
          result.arriving.forEach((q, i) =>
            expect(q.lte(order[i]!.quantity - order[i]!.receivedQuantity)).toBe(true),
          )
          expect(result.arriving.some((q) => q.gt(0))).toBe(true)
        },
      ),
    )
  })
})

describe('afterReceipt', () => {
  it('adds what arrived and calls the order received once every line is in full', () => {
    const partly = afterReceipt(lines, [new Big(1), new Big(5), new Big(0)])
    expect(partly.lines.map((l) => l.receivedQuantity)).toEqual([5, 5, 2])
    expect(partly.status).toBe('partially_received')
    expect(afterReceipt(lines, [new Big(6), new Big(5), new Big(0)]).status).toBe('received')
  })
})
