import Big from 'big.js'
import { describe, expect, it } from 'vitest'

import { planMakeToOrder } from './makeToOrder'

const line = (id: string, item: number, quantity: number) => ({
  id,
  item,
  quantity: new Big(quantity),
})

describe('planMakeToOrder', () => {
  it('creates for lines with a recipe, keeps existing ones and skips the rest with why', () => {
    const decisions = planMakeToOrder(
      [line('a', 1, 5), line('b', 2, 3), line('c', 1, 0), line('d', 3, 2)],
      new Map([
        [1, 10],
        [3, 30],
      ]),
      new Map([['d', 99]]),
    )
    expect(
      decisions.map((d) =>
        d.kind === 'create'
          ? [d.line.id, 'create', d.bom]
          : d.kind === 'existing'
            ? [d.line.id, 'existing', d.document]
            : [d.line.id, 'skip', d.reason],
      ),
    ).toEqual([
      ['a', 'create', 10],
      ['b', 'skip', 'no_recipe'],
      ['c', 'skip', 'no_quantity'],
      ['d', 'existing', 99],
    ])
  })
})
