import Big from 'big.js'
import { describe, expect, it } from 'vitest'

import { postingTarget, remainingToPost } from './remainingToPost'

const d = (value: number | string) => new Big(value)
const line = (
  planned: number | string,
  actual: number | string | null,
  posted: number | string,
) => ({
  actualOverride: actual === null ? null : d(actual),
  plannedQuantity: d(planned),
  postedQuantity: d(posted),
})

describe('postingTarget', () => {
  it('is the actual quantity where entered, else the planned one', () => {
    expect(postingTarget(line(10, null, 0)).toFixed()).toBe('10')
    expect(postingTarget(line(10, 12, 0)).toFixed()).toBe('12')
    expect(postingTarget(line(10, 0, 0)).toFixed()).toBe('0')
  })
})

describe('remainingToPost', () => {
  it('posts the whole plan when nothing was posted', () => {
    expect(remainingToPost(line(10, null, 0)).toFixed()).toBe('10')
  })

  it('posts only what backflushing left', () => {
    expect(remainingToPost(line(10, null, '6.5')).toFixed()).toBe('3.5')
  })

  it('posts up to the actual quantity instead of the plan', () => {
    expect(remainingToPost(line(10, 12, 6)).toFixed()).toBe('6')
    expect(remainingToPost(line(10, 8, 6)).toFixed()).toBe('2')
  })

  it('posts nothing once the target is reached or passed, never a negative quantity', () => {
    expect(remainingToPost(line(10, null, 10)).toFixed()).toBe('0')
    expect(remainingToPost(line(10, 4, 6)).toFixed()).toBe('0')
  })
})
