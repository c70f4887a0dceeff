import Big from 'big.js'
import { describe, expect, it } from 'vitest'

import { flow, kitchen, made } from './lotTrace.fixtures'
import { lotsIn, netFlows, type TraceNode, traceTree } from './lotTrace'

describe('lot trace', () => {
  it('follows a tomato lot through the shared sauce into every product made from it', () => {
    expect(traceTree(netFlows(kitchen), 1, 'forward')).toEqual({
      lot: 1,
      quantity: null,
      through: [
        {
          event: 'executions:1',
          quantity: '6',
          lots: [
            {
              lot: 2,
              quantity: '5',
              through: [
                {
                  event: 'executions:2',
                  quantity: '2',
                  lots: [{ lot: 3, quantity: '4', through: [] }],
                },
                {
                  event: 'manufacturing-orders:7',
                  quantity: '1.5',
                  lots: [{ lot: 4, quantity: '3', through: [] }],
                },
              ],
            },
          ],
        },
      ],
    } satisfies TraceNode)
  })

  it('finds every lot that went into a pizza, through every level', () => {
    const tree = traceTree(netFlows(kitchen), 3, 'backward')
    expect(tree.through).toEqual([
      {
        event: 'executions:2',
        quantity: '4',
        lots: [
          {
            lot: 2,
            quantity: '2',
            through: [
              {
                event: 'executions:1',
                quantity: '5',
                lots: [{ lot: 1, quantity: '6', through: [] }],
              },
            ],
          },
          { lot: 5, quantity: '3', through: [] },
        ],
      },
    ])
    expect([...lotsIn(tree)].sort()).toEqual([1, 2, 5])
  })

  it('nets what a document gave back: a returned material is an input, never an output', () => {
    // Added 5 of lot 2 from 10 of lot 1, then took back 2 of lot 2, returning 4 of lot 1.
    const events = netFlows([
      ...made('boms:4', { 1: '10' }, { 2: '5' }),
      ...made('boms:4', { 2: '2' }, { 1: '4' }),
    ])
    expect(events.get('boms:4')).toEqual({
      inputs: new Map([[1, new Big(6)]]),
      outputs: new Map([[2, new Big(3)]]),
    })
    expect(traceTree(events, 1, 'backward').through).toEqual([])
  })

  it('drops a lot given back whole: it was neither used nor made', () => {
    const events = netFlows([
      flow('executions:9', 1, 'in', '3'),
      flow('executions:9', 1, 'out', '3'),
    ])
    expect(events.get('executions:9')).toEqual({ inputs: new Map(), outputs: new Map() })
  })

  it('ends a branch at a lot already on its path', () => {
    const events = netFlows([
      ...made('executions:1', { 1: '1' }, { 2: '1' }),
      ...made('executions:2', { 2: '1' }, { 1: '1' }),
    ])
    const tree = traceTree(events, 1, 'forward')
    expect(tree.through[0]!.lots[0]!.through[0]!.lots).toEqual([])
  })
})
