import { describe, expect, it } from 'vitest'

import { nextStatus } from './nextStatus'

describe('the next step', () => {
  it("is the status after the current one in the workflow's order", () => {
    expect(nextStatus([3, 1, 2], 3)).toBe(1)
    expect(nextStatus([3, 1, 2], 1)).toBe(2)
  })
  it('is none at the last status, or for a status the workflow does not have', () => {
    expect(nextStatus([3, 1, 2], 2)).toBeNull()
    expect(nextStatus([3, 1, 2], 9)).toBeNull()
  })
})
