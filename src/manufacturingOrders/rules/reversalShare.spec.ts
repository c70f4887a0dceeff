import Big from 'big.js'
import { describe, expect, it } from 'vitest'

import { type ProducedRow, reversalShare } from './reversalShare'

const d = (value: number | string) => new Big(value)
const row = (reversed: number | string = 0): ProducedRow => ({
  completedQuantity: d(3),
  consumed: [
    { line: 'flour', quantity: d(6) },
    { line: 'yeast', quantity: d(1) },
  ],
  operationCost: d(10),
  reversedQuantity: d(reversed),
})
const shown = (result: ReturnType<typeof reversalShare>) => {
  if (!result.ok) throw new Error(result.code)
  return {
    operationCost: result.operationCost.toFixed(),
    returns: result.returns.map(({ line, quantity }) => [line, quantity.toFixed()]),
  }
}

describe('reversalShare', () => {
  it.each([
    {
      operationCost: '3.333333',
      quantity: 1,
      returns: [
        ['flour', '2'],
        ['yeast', '0.333333'],
      ],
      title: 'returns the share of what the row consumed and absorbed',
    },
    {
      operationCost: '10',
      quantity: 3,
      returns: [
        ['flour', '6'],
        ['yeast', '1'],
      ],
      title: 'returns everything the row consumed when all of it is reversed at once',
    },
  ])('$title', ({ operationCost, quantity, returns }) => {
    expect(shown(reversalShare(row(), d(quantity)))).toEqual({ operationCost, returns })
  })

  it('reverses in thirds that add up exactly to what the row consumed', () => {
    const thirds = [0, 1, 2].map((reversed) => shown(reversalShare(row(reversed), d(1))))
    expect(thirds.map((third) => third.operationCost)).toEqual(['3.333333', '3.333334', '3.333333'])
    expect(thirds.map((third) => third.returns[1])).toEqual([
      ['yeast', '0.333333'],
      ['yeast', '0.333334'],
      ['yeast', '0.333333'],
    ])
  })

  it('refuses more than the row completed minus what was already reversed, naming what is left', () => {
    expect(reversalShare(row(2), d('1.5'))).toEqual({
      code: 'exceeds_reversible',
      ok: false,
      reversible: d(1),
    })
    expect(reversalShare(row(3), d('0.001'))).toMatchObject({ code: 'exceeds_reversible' })
  })

  it('refuses a quantity that is not positive', () => {
    expect(reversalShare(row(), d(0))).toEqual({ code: 'not_positive', ok: false })
    expect(reversalShare(row(), d(-1))).toEqual({ code: 'not_positive', ok: false })
  })
})
