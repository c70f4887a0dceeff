import { describe, expect, it } from 'vitest'

import { producedAtStart } from './producedAtStart'

describe('producedAtStart', () => {
  it('is the planned quantity when production starts done and none is given', () => {
    expect(producedAtStart(true, 4, null)).toBe(4)
    expect(producedAtStart(true, '2.5', undefined)).toBe('2.5')
  })

  it('keeps a given quantity, done or not', () => {
    expect(producedAtStart(true, 4, 3)).toBe(3)
    expect(producedAtStart(false, 4, 3)).toBe(3)
  })

  it('is nothing while production does not start done', () => {
    expect(producedAtStart(false, 4, null)).toBeUndefined()
    expect(producedAtStart(false, 4, undefined)).toBeUndefined()
  })
})
