import type { Field } from 'payload'

import { describe, expect, it } from 'vitest'

import { checkFieldValues } from './checkFieldValues'

const fields: Field[] = [
  { name: 'name', required: true, type: 'text' },
  {
    fields: [
      { name: 'item', relationTo: 'items', required: true, type: 'relationship' },
      { name: 'quantity', min: 0, type: 'number' },
    ],
    name: 'lines',
    type: 'array',
  },
]

describe('checkFieldValues', () => {
  it('takes an array sent as 0, as the admin form sends one without rows', () => {
    expect(checkFieldValues(fields, { lines: 0, name: 'Dough' })).toEqual([])
  })

  it('refuses an array sent as any other value that is not a list', () => {
    for (const lines of [1, 'abc', true, {}])
      expect(checkFieldValues(fields, { lines })).toEqual([
        { message: 'must be a list of rows', path: 'lines' },
      ])
  })

  it("names a row's missing required field and its bad values, and collects the references", () => {
    const references: { collection: string; id: number; path: string }[] = []
    expect(
      checkFieldValues(fields, { lines: [{ quantity: -1 }, { item: 7 }] }, references),
    ).toEqual([
      { message: 'is required', path: 'lines[0].item' },
      { message: expect.any(String), path: 'lines[0].quantity' },
    ])
    expect(references).toEqual([{ collection: 'items', id: 7, path: 'lines[1].item' }])
  })

  it('refuses a required text sent as null or blank', () => {
    expect(checkFieldValues(fields, { name: null })).toEqual([
      { message: 'is required', path: 'name' },
    ])
    expect(checkFieldValues(fields, { name: '  ' })).toHaveLength(1)
  })
})
