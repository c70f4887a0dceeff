import { describe, expect, it } from 'vitest'

import { judgeCompletedChange, planReopening } from './completedLock'

const judge = (
  from: null | number,
  to: number,
  more: Partial<Parameters<typeof judgeCompletedChange>[0]> = {},
) =>
  judgeCompletedChange({
    final: 5,
    from,
    leavingOnPurpose: false,
    onlyReopeningLeaves: true,
    to,
    ...more,
  })

describe('a completed document', () => {
  it('leaves other statuses free to move anywhere, into the final status too', () => {
    expect(judge(null, 5)).toEqual({ ok: true })
    expect(judge(1, 5)).toEqual({ ok: true })
    expect(judge(4, 2)).toEqual({ ok: true })
  })

  it('is locked while it stays in the final status, even on purpose', () => {
    expect(judge(5, 5)).toEqual({ code: 'locked', ok: false })
    expect(judge(5, 5, { leavingOnPurpose: true })).toEqual({ code: 'locked', ok: false })
    expect(judge(5, 5, { onlyReopeningLeaves: false })).toEqual({ code: 'locked', ok: false })
  })

  it('leaves the final status only on purpose when only reopening takes it out', () => {
    expect(judge(5, 4)).toEqual({ code: 'reopen_only', ok: false })
    expect(judge(5, 1)).toEqual({ code: 'reopen_only', ok: false })
    expect(judge(5, 4, { leavingOnPurpose: true })).toEqual({ ok: true })
  })

  it('moves back by a plain move where reopening is not required', () => {
    expect(judge(5, 4, { onlyReopeningLeaves: false })).toEqual({ ok: true })
  })
})

describe('reopening', () => {
  const order = [1, 2, 3, 4, 5]

  it('goes back to the status just before the final one, with the trimmed reason', () => {
    expect(planReopening({ order, reason: '  counted twice ', status: 5 })).toEqual({
      ok: true,
      reason: 'counted twice',
      to: 4,
    })
  })

  it('needs a reason that is text and not blank', () => {
    for (const reason of [undefined, null, '', '   ', 12])
      expect(planReopening({ order, reason, status: 5 })).toEqual({ code: 'no_reason', ok: false })
  })

  it('reopens only what is in the final status', () => {
    expect(planReopening({ order, reason: 'x', status: 4 })).toEqual({
      code: 'not_completed',
      ok: false,
    })
    expect(planReopening({ order, reason: 'x', status: null })).toEqual({
      code: 'not_completed',
      ok: false,
    })
    expect(planReopening({ order: [], reason: 'x', status: 5 })).toEqual({
      code: 'not_completed',
      ok: false,
    })
  })

  it('has nowhere to go in a workflow of one status', () => {
    expect(planReopening({ order: [5], reason: 'x', status: 5 })).toEqual({
      code: 'no_earlier_status',
      ok: false,
    })
  })
})
