import type { CollectionConfig } from 'payload'

import { describe, expect, it } from 'vitest'

import {
  defaultMaxRequestBytes,
  defaultRecipeCardFonts,
  optionalRecipeCardFonts,
  sanitizeOptions,
} from './options'

describe('sanitizeOptions', () => {
  it('fills every default', () => {
    expect(sanitizeOptions()).toEqual({
      administrators: [],
      collections: {},
      disabled: false,
      maxRequestBytes: 1048576,
      recipeCards: { fonts: [...defaultRecipeCardFonts], optional: [...optionalRecipeCardFonts] },
      usersCollection: 'users',
    })
    expect(defaultMaxRequestBytes).toBe(1048576)
    expect(sanitizeOptions({ recipeCards: {} }).recipeCards.fonts).toEqual(defaultRecipeCardFonts)
    expect(sanitizeOptions({})).toEqual(sanitizeOptions())
  })

  it('keeps what the user chose', () => {
    const roles = ({ defaultCollection }: { defaultCollection: CollectionConfig }) =>
      defaultCollection
    const sanitized = sanitizeOptions({
      collections: { roles },
      disabled: true,
      maxRequestBytes: 5_000_000,
      usersCollection: ' staff ',
    })
    expect(sanitized).toEqual({
      administrators: [],
      collections: { roles },
      disabled: true,
      maxRequestBytes: 5_000_000,
      recipeCards: { fonts: [...defaultRecipeCardFonts], optional: [...optionalRecipeCardFonts] },
      usersCollection: 'staff',
    })
  })

  it('treats only true as disabled', () => {
    expect(sanitizeOptions({ disabled: 'yes' as unknown as boolean }).disabled).toBe(false)
  })

  it('refuses a request limit that is not a whole number of bytes of at least 1024', () => {
    for (const bad of [0, 1023, 1.5, -1, '1MB', Number.NaN, Number.POSITIVE_INFINITY, null])
      expect(() => sanitizeOptions({ maxRequestBytes: bad as number })).toThrow(
        /"maxRequestBytes" must be a whole number of bytes, at least 1024/,
      )
    expect(sanitizeOptions({ maxRequestBytes: 1024 }).maxRequestBytes).toBe(1024)
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

  it('keeps the recipe card fonts chosen, in order, and a copy of them', () => {
    const fonts = [' /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ', 'some-package/Font.otf']
    const sanitized = sanitizeOptions({ recipeCards: { fonts } })
    expect(sanitized.recipeCards.fonts).toEqual([
      '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
      'some-package/Font.otf',
    ])
    fonts.push('later.ttf')
    expect(sanitized.recipeCards.fonts).toHaveLength(2)
  })

  it('refuses recipe card fonts that cannot work, naming the option', () => {
    expect(() => sanitizeOptions({ recipeCards: 'fonts' as never })).toThrow(
      /"recipeCards" must be an object/,
    )
    expect(() => sanitizeOptions({ recipeCards: { fonts: [] } })).toThrow(
      /"recipeCards.fonts" must be a non-empty list/,
    )
    expect(() => sanitizeOptions({ recipeCards: { fonts: 'a.ttf' as never } })).toThrow(
      /"recipeCards.fonts" must be a non-empty list/,
    )
    expect(() => sanitizeOptions({ recipeCards: { fonts: ['a.ttf', ' '] } })).toThrow(
      /"recipeCards.fonts\[1\]" must be a non-empty string/,
    )
    expect(() => sanitizeOptions({ recipeCards: { fonts: [42 as never] } })).toThrow(
      /"recipeCards.fonts\[0\]" must be a non-empty string/,
    )
  })
  it('lets only the default chain go without its optional CJK font quietly', () => {
    expect(optionalRecipeCardFonts).toEqual([
      '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    ])
    expect(sanitizeOptions({ recipeCards: {} }).recipeCards.optional).toEqual(
      optionalRecipeCardFonts,
    )
    // An app that lists the same font itself wants it.
    expect(
      sanitizeOptions({ recipeCards: { fonts: [...defaultRecipeCardFonts] } }).recipeCards,
    ).toEqual({ fonts: defaultRecipeCardFonts, optional: [] })
  })

  it('keeps the administrators as Payload stores emails, each once', () => {
    expect(
      sanitizeOptions({ administrators: [' Owner@Example.com ', 'owner@example.com', 'b@c.d'] })
        .administrators,
    ).toEqual(['owner@example.com', 'b@c.d'])
  })

  it('refuses administrators that are not emails, naming the option and the item', () => {
    expect(() => sanitizeOptions({ administrators: 'owner@example.com' as never })).toThrow(
      /"administrators" must be a list of emails/,
    )
    for (const bad of ['', ' ', 'owner', 'a b@c.d', 'a@', 42, null])
      expect(() => sanitizeOptions({ administrators: ['a@b.c', bad as never] })).toThrow(
        /"administrators\[1\]" must be an email address/,
      )
  })
})
