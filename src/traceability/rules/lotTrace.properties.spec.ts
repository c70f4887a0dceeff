import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { type Flow, lotsIn, netFlows, type TraceNode, traceTree } from './lotTrace'

/**
 * A random multi-level production history: lots of level 0 are bought; each document at level k
 * uses some lots of lower levels, makes one or two lots of level k, and may give part of what it
 * used back.
 */
const history = fc
  .array(
    fc.record({
      gives: fc.array(fc.nat({ max: 5 }), { maxLength: 2 }),
      makes: fc.array(fc.integer({ max: 99, min: 1 }), { maxLength: 2, minLength: 1 }),
      uses: fc.array(fc.tuple(fc.nat({ max: 40 }), fc.integer({ max: 99, min: 2 })), {
        maxLength: 4,
        minLength: 1,
      }),
    }),
    { maxLength: 12, minLength: 1 },
  )
  .map((documents) => {
    const flows: Flow[] = []
    let next = 5 // lots 0..4 are bought
    documents.forEach((document, index) => {
      const event = `executions:${index + 1}`
      const used = [...new Map(document.uses.map(([lot, q]) => [lot % next, q])).entries()]
      for (const [lot, quantity] of used)
        flows.push({ event, item: lot, lot, quantity: String(quantity), side: 'in' })
      for (const back of document.gives) {
        const [lot, quantity] = used[back % used.length]!
        flows.push({ event, item: lot, lot, quantity: String(quantity - 1), side: 'out' })
      }
      for (const quantity of document.makes) {
        flows.push({ event, item: next, lot: next, quantity: String(quantity), side: 'out' })
        next += 1
      }
    })
    return { flows, lots: next }
  })

/** The sum of a lot's own quantity in every step it passes through, from the root's steps. */
const rootTotal = (tree: TraceNode) =>
  tree.through.reduce((total, step) => total.plus(step.quantity), new Big(0))

describe('lot trace, on random production histories', () => {
  it('finds X forward of every lot found backward from X, and the reverse', () => {
    fc.assert(
      fc.property(history, ({ flows, lots }) => {
        const events = netFlows(flows)
        for (let lot = 0; lot < lots; lot++) {
          for (const source of lotsIn(traceTree(events, lot, 'backward')))
            expect(lotsIn(traceTree(events, source, 'forward')).has(lot)).toBe(true)
          for (const made of lotsIn(traceTree(events, lot, 'forward')))
            expect(lotsIn(traceTree(events, made, 'backward')).has(lot)).toBe(true)
        }
      }),
    )
  })

  it('reconciles a lot’s quantities with its movements: used less given back, made less used', () => {
    fc.assert(
      fc.property(history, ({ flows, lots }) => {
        const events = netFlows(flows)
        for (let lot = 0; lot < lots; lot++) {
          const signed = (side: Flow['side']) =>
            flows
              .filter((flow) => flow.lot === lot)
              .reduce(
                (total, flow) =>
                  total.plus(flow.side === side ? flow.quantity : new Big(flow.quantity).neg()),
                new Big(0),
              )
          // Per document a lot is either used or made (netted), so summing the documents that
          // used it (forward) and those that made it (backward) gives back the movements' sum.
          const used = rootTotal(traceTree(events, lot, 'forward'))
          const made = rootTotal(traceTree(events, lot, 'backward'))
          expect(used.minus(made).toString()).toBe(signed('in').toString())
        }
      }),
    )
  })
})
