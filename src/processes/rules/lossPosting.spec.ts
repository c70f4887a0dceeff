import Big from 'big.js'
import { describe, expect, it } from 'vitest'

import { lossMovements, scrapItemProblem } from './lossPosting'

const locations = { loss: 9, production: 8, run: 3 }
const picks = [
  { lot: 11, quantity: new Big('1.5') },
  { lot: 12, quantity: new Big(2) },
]

describe('scrapItemProblem', () => {
  it('lets an item with another scrap item be scrapped', () => {
    expect(scrapItemProblem({ id: 1, name: 'Flour', scrapItem: 2, sku: 'FL' })).toBeNull()
  })

  it('refuses an item without a scrap item, or that scraps into itself', () => {
    expect(scrapItemProblem({ id: 1, name: 'Flour', scrapItem: null, sku: 'FL' })).toMatch(
      /^FL \(Flour\) has no scrap item/,
    )
    expect(scrapItemProblem({ id: 1, name: 'Flour', scrapItem: 1, sku: 'FL' })).toBe(
      'FL names itself as its scrap item',
    )
  })
})

describe('lossMovements', () => {
  it('moves waste and rejections from work in process to the loss location', () => {
    for (const [kind, reason] of [
      ['waste', 'loss_waste'],
      ['rejection', 'loss_rejection'],
    ] as const) {
      expect(
        lossMovements({
          index: 2,
          item: 5,
          kind,
          locations,
          picks,
          quantity: new Big('3.5'),
          stage: 's1',
        }),
      ).toEqual([
        {
          from: 8,
          item: 5,
          lots: [
            { lot: 11, quantity: '1.5' },
            { lot: 12, quantity: '2' },
          ],
          quantity: '3.5',
          reason,
          sourceLine: `s1/${kind}/2`,
          to: 9,
        },
      ])
    }
  })

  it('brings scrap back to stock at the run as the scrap item, at its standard cost', () => {
    const [lost, scrapped] = lossMovements({
      index: 0,
      item: 5,
      kind: 'scrap',
      locations,
      picks,
      quantity: new Big('3.5'),
      scrap: { id: 6, standardCost: 0.25 },
      stage: 's1',
    })
    expect(lost).toMatchObject({ reason: 'scrap', sourceLine: 's1/scrap/0', to: 9 })
    expect(scrapped).toEqual({
      from: 8,
      item: 6,
      newLot: { unitCost: '0.25' },
      quantity: '3.5',
      reason: 'scrap',
      sourceLine: 's1/scrap/0',
      to: 3,
    })
  })
})
