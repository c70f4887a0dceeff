import { describe, expect, it } from 'vitest'

import { outputLineOf, outputPostingKey } from './outputKeys'

describe('outputKeys', () => {
  it('keys the posting of an output row by order and row', () => {
    expect(outputPostingKey(7, 'abc')).toBe('manufacturing-orders/7/output/abc')
    expect(outputPostingKey(7, 'abc')).not.toBe(outputPostingKey(8, 'abc'))
    expect(outputPostingKey(7, 'abc')).not.toBe(outputPostingKey(7, 'abd'))
  })

  it('names the line that produced the row', () => {
    expect(outputLineOf('abc')).toBe('output:abc')
  })
})
