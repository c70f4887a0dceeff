import { describe, expect, it } from 'vitest'

import { executionSupply, orderSupply } from './floorSupply'

describe("the floor's supply status", () => {
  it('is as far as the least supplied material got', () => {
    expect(executionSupply(['in_trolley', 'picked'])).toEqual({ label: 'Picked', supplied: false })
    expect(executionSupply(['in_trolley', null])).toEqual({
      label: 'Not requested',
      supplied: false,
    })
  })
  it('is supplied once every material is issued or on the trolley', () => {
    expect(executionSupply(['issued', 'in_trolley'])).toEqual({ label: 'Issued', supplied: true })
    expect(executionSupply([])).toEqual({ label: 'Nothing to supply', supplied: true })
  })
  it("reads an order's picking", () => {
    expect(orderSupply('picked')).toEqual({ label: 'Picked', supplied: true })
    expect(orderSupply(null)).toEqual({ label: 'Not picked', supplied: false })
    expect(orderSupply('in_progress')).toEqual({ label: 'Picking', supplied: false })
  })
})
