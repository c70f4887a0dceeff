import { describe, expect, it } from 'vitest'

import { refusalWords } from './refusalWords'

describe('refusalWords', () => {
  it('drops the argument path the API puts before its sentence', () => {
    expect(
      refusalWords('lines[0].quantity: "Cutting" holds only 3 kg of ROUGH; 5 kg required.'),
    ).toBe('"Cutting" holds only 3 kg of ROUGH; 5 kg required.')
    expect(
      refusalWords('quantity: must be a positive number\nlines[1].lots[0].lot: must be a lot id'),
    ).toBe('must be a positive number\nmust be a lot id')
  })
  it('keeps a sentence that names no argument', () => {
    expect(refusalWords('RUN-4 is completed and locked: nothing more can be recorded.')).toBe(
      'RUN-4 is completed and locked: nothing more can be recorded.',
    )
    expect(refusalWords('You are not allowed to perform this action.')).toBe(
      'You are not allowed to perform this action.',
    )
  })
})
