import type { CollectionConfig } from 'payload'

import { describe, expect, it } from 'vitest'

import { sanitizeOptions } from './options'

describe('sanitizeOptions', () => {
  it('fills every default', () => {
    expect(sanitizeOptions()).toEqual({
      collections: {},
      disabled: false,
      usersCollection: 'users',
    })
    expect(sanitizeOptions({})).toEqual(sanitizeOptions())
  })

  it('keeps what the user chose', () => {
    const roles = ({ defaultCollection }: { defaultCollection: CollectionConfig }) =>
      defaultCollection
    const sanitized = sanitizeOptions({
      collections: { roles },
      disabled: true,
      usersCollection: ' staff ',
    })
    expect(sanitized).toEqual({ collections: { roles }, disabled: true, usersCollection: 'staff' })
  })

  it('treats only true as disabled', () => {
    expect(sanitizeOptions({ disabled: 'yes' as unknown as boolean }).disabled).toBe(false)
  })

  it('refuses an empty users collection slug, naming the option', () => {
    expect(() => sanitizeOptions({ usersCollection: ' ' })).toThrow(
      /"usersCollection" must be a non-empty string/,
    )
  })

  it('refuses an override that is not a function, naming the collection', () => {
    expect(() => sanitizeOptions({ collections: { roles: {} as never } })).toThrow(
      /"collections.roles" must be a function/,
    )
  })
})
