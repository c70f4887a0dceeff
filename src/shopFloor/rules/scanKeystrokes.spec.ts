import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { keystroke, type KeystrokeState, maxGapMs, noKeystrokes } from './scanKeystrokes'

/** Feeds keys at the given gaps; what was scanned along the way. */
function feed(keys: string[], gaps: number[]): string[] {
  let state: KeystrokeState = noKeystrokes
  let at = 1000
  const scanned: string[] = []
  keys.forEach((key, i) => {
    at += gaps[i] ?? 0
    const next = keystroke(state, key, at)
    state = next.state
    if (next.scanned) scanned.push(next.scanned)
  })
  return scanned
}

const keysOf = (text: string) => [...text, 'Enter']

describe('keystrokes of a keyboard-wedge scanner', () => {
  it('reads a code typed fast and ended by Enter', () => {
    expect(feed(keysOf('EX.12'), [0, 8, 9, 7, 10, 12])).toEqual(['EX.12'])
  })

  it('ignores Shift held for capitals between the keys', () => {
    expect(feed(['Shift', 'E', 'Shift', 'X', '.', '1', 'Enter'], [0, 2, 5, 2, 6, 6, 6])).toEqual([
      'EX.1',
    ])
  })

  it('takes nothing a person types, however it ends', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20, minLength: 1 }),
        fc.array(fc.integer({ max: 400, min: maxGapMs + 1 }), { maxLength: 21, minLength: 21 }),
        (text, gaps) => {
          expect(feed(keysOf(text), gaps)).toEqual([])
        },
      ),
    )
  })

  it('keeps only the fast burst when slow typing comes before it', () => {
    expect(feed(keysOf('abMO.7'), [0, 300, 400, 5, 5, 5, 5])).toEqual(['MO.7'])
  })

  it('takes no burst too short to be a code, nor one whose Enter comes late', () => {
    expect(feed(keysOf('EX.'), [0, 5, 5, 5])).toEqual([])
    expect(feed(keysOf('EX.12'), [0, 5, 5, 5, 5, 500])).toEqual([])
  })
})
