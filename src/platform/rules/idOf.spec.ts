import { describe, expect, it } from 'vitest'

import { idOf, refOf } from './idOf'

describe('idOf and refOf', () => {
  it('read the id of a relationship whether populated or not', () => {
    expect(idOf(7)).toBe(7)
    expect(idOf({ id: 7, name: 'x' })).toBe(7)
    expect(refOf({ id: 7 })).toBe(7)
  })

  it('refOf takes an empty relationship as null', () => {
    expect(refOf(null)).toBeNull()
    expect(refOf(undefined)).toBeNull()
  })
})
