import { describe, expect, it } from 'vitest'

import { unlockCountOf } from '../../src/workflow/components/FinalStatusControl/unlockConfirmation'

describe('the count a refused change of the final status asks to confirm', () => {
  const refusal = (status: number, data: unknown) =>
    Object.assign(new Error('refused'), {
      body: { errors: [{ data, message: 'refused' }] },
      status,
    })

  it('reads confirmUnlock from a 409, and nothing from any other refusal', () => {
    expect(unlockCountOf(refusal(409, { confirmUnlock: 7 }))).toBe(7)
    expect(unlockCountOf(refusal(409, null))).toBeNull()
    expect(unlockCountOf(refusal(400, { confirmUnlock: 7 }))).toBeNull()
    expect(unlockCountOf(new Error('network down'))).toBeNull()
    expect(unlockCountOf(undefined)).toBeNull()
  })
})
