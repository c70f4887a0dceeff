import { describe, expect, it } from 'vitest'

import { repointedSettings } from './statusReplacement'

describe('repointedSettings', () => {
  // Statuses 1 → 2 → 3 → 4; 3 is deleted into 2.
  const order = [1, 2, 4]

  it('points every rule and the default status that named the deleted status at its replacement', () => {
    const settings = { defaultStatus: 3, rules: { consume: 3, produce: 4, reserve: null } }
    expect(repointedSettings(settings, 3, 2, order, {})).toEqual({
      conditionalRules: [],
      defaultStatus: 2,
      rules: { consume: 2, produce: 4, reserve: null },
    })
  })

  it('keeps a conditional rule only while it lands before its general rule', () => {
    const settings = {
      conditionalRules: [
        { action: 'consume', id: 'a', status: 1 },
        { action: 'consume', id: 'b', status: 3 },
        { action: 'produce', id: 'c', status: { id: 3 } },
      ],
    }
    const general = { consume: 3, produce: 4 }
    expect(repointedSettings(settings, 3, 2, order, general).conditionalRules).toEqual([
      { action: 'consume', id: 'a', status: 1 },
      { action: 'produce', id: 'c', status: 2 },
    ])
  })
})
