import type { CollectionConfig } from 'payload'

/** The plugin's collections, as keys of the `collections` option (`users` is the users collection, whatever its slug). */
export type ManufacturingCollectionSlug =
  | 'boms'
  | 'customers'
  | 'executions'
  | 'inventory-adjustments'
  | 'item-categories'
  | 'items'
  | 'locations'
  | 'lots'
  | 'production-plans'
  | 'manufacturing-orders'
  | 'material-requisitions'
  | 'processes'
  | 'production-run-entries'
  | 'production-runs'
  | 'production-statuses'
  | 'purchase-orders'
  | 'roles'
  | 'sales-orders'
  | 'stock-balances'
  | 'status-postings'
  | 'stock-movements'
  | 'suppliers'
  | 'trolleys'
  | 'users'

/** Receives the plugin's collection and returns the one to use: extend it, never rebuild it. */
export type CollectionOverride = (args: { defaultCollection: CollectionConfig }) => CollectionConfig

/**
 * The fonts recipe cards are printed with, by default: Noto Sans (Latin, Greek, Cyrillic),
 * installed with the plugin, then Noto Sans SC (Chinese, and Japanese kana), an optional peer
 * dependency.
 */
export const defaultRecipeCardFonts: readonly string[] = [
  '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
]

/**
 * The fonts of the default chain whose package a host may leave out (an optional peer
 * dependency): when it is not installed, the chain goes without it and says nothing.
 */
export const optionalRecipeCardFonts: readonly string[] = [defaultRecipeCardFonts[1]!]

/** Options of the printable recipe cards (`GET /api/executions/recipe-cards.pdf`). */
export type RecipeCardsOptions = {
  /**
   * Font files, first choice first: each character is drawn with the first font that has it, and
   * one that none has (an emoji, without an emoji font) prints as □. An absolute path
   * (`/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf`) or a file in an installed package
   * (`@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf`); TTF, OTF, WOFF or
   * WOFF2, or a collection's first font.
   * @default defaultRecipeCardFonts
   */
  fonts?: string[]
}

export type ManufacturingPluginOptions = {
  /**
   * Emails of users made Administrators when the app starts: the way in for a site whose users
   * existed before the plugin (the first-user rule only serves an empty users table). Idempotent;
   * logged when it grants, naming any email that has no user.
   * @default []
   */
  administrators?: string[]
  /**
   * Per-collection overrides, by slug: `{ roles: ({ defaultCollection }) => ({ ...defaultCollection, ... }) }`.
   * @default {}
   */
  collections?: Partial<Record<ManufacturingCollectionSlug, CollectionOverride>>
  /**
   * Keeps every collection (so the database schema does not change) but turns the plugin's hooks,
   * endpoints and admin components off. Use it to run migrations or to debug a site.
   * @default false
   */
  disabled?: boolean
  /**
   * The largest request body accepted, in bytes: a larger one answers 413 before it is parsed
   * (the plugin's action endpoints, and REST and GraphQL through `withRequestLimit` in the app's
   * route files).
   * @default 1048576
   */
  maxRequestBytes?: number
  /**
   * The printable recipe cards: `fonts`, the chain of font files their text is drawn with.
   * @default { fonts: defaultRecipeCardFonts }
   */
  recipeCards?: RecipeCardsOptions
  /**
   * Slug of the auth collection whose users get roles. When the config has no collection with
   * this slug, the plugin adds one.
   * @default 'users'
   */
  usersCollection?: string
}

export type SanitizedOptions = {
  administrators: string[]
  collections: Partial<Record<ManufacturingCollectionSlug, CollectionOverride>>
  disabled: boolean
  maxRequestBytes: number
  /** `optional`: the fonts of `fonts` that may be absent without a warning (see loadFonts). */
  recipeCards: { fonts: string[]; optional: string[] }
  usersCollection: string
}

const nonEmpty = (value: unknown, name: string, fallback: string): string => {
  if (value === undefined) return fallback
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`manufacturingPlugin: option "${name}" must be a non-empty string`)
  }
  return value.trim()
}

const defaultChain = () => ({
  fonts: [...defaultRecipeCardFonts],
  optional: [...optionalRecipeCardFonts],
})

/** Emails as Payload stores them (trimmed, lower case), each once. */
function administratorsOption(value: unknown): string[] {
  if (value === undefined) return []
  if (!Array.isArray(value))
    throw new Error('manufacturingPlugin: option "administrators" must be a list of emails')
  const emails = value.map((email: unknown, i) => {
    const trimmed = typeof email === 'string' ? email.trim().toLowerCase() : ''
    if (!/^[^\s@]+@[^\s@]+$/.test(trimmed))
      throw new Error(
        `manufacturingPlugin: option "administrators[${i}]" must be an email address, got ${JSON.stringify(email)}`,
      )
    return trimmed
  })
  return [...new Set(emails)]
}

function recipeCardsOption(value: unknown): SanitizedOptions['recipeCards'] {
  if (value === undefined) return defaultChain()
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new Error('manufacturingPlugin: option "recipeCards" must be an object: { fonts }')
  const { fonts } = value as RecipeCardsOptions
  if (fonts === undefined) return defaultChain()
  if (!Array.isArray(fonts) || fonts.length === 0)
    throw new Error(
      'manufacturingPlugin: option "recipeCards.fonts" must be a non-empty list of font files',
    )
  return {
    fonts: fonts.map((font: unknown, i) => {
      if (typeof font !== 'string' || font.trim() === '')
        throw new Error(
          `manufacturingPlugin: option "recipeCards.fonts[${i}]" must be a non-empty string`,
        )
      return font.trim()
    }),
    // Fonts the app names itself are wanted: a missing one is worth a warning.
    optional: [],
  }
}

/** The default `maxRequestBytes`: 1 MB. */
export const defaultMaxRequestBytes = 1024 * 1024

function maxRequestBytesOption(value: unknown): number {
  if (value === undefined) return defaultMaxRequestBytes
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1024)
    throw new Error(
      'manufacturingPlugin: option "maxRequestBytes" must be a whole number of bytes, at least 1024',
    )
  return value
}

/** Fills every default and refuses options that cannot work, naming the option. */
export function sanitizeOptions(options: ManufacturingPluginOptions = {}): SanitizedOptions {
  const collections = options.collections ?? {}
  for (const [slug, override] of Object.entries(collections)) {
    if (typeof override !== 'function') {
      throw new Error(
        `manufacturingPlugin: option "collections.${slug}" must be a function ({ defaultCollection }) => config`,
      )
    }
  }
  return {
    administrators: administratorsOption(options.administrators),
    collections,
    disabled: options.disabled === true,
    maxRequestBytes: maxRequestBytesOption(options.maxRequestBytes),
    recipeCards: recipeCardsOption(options.recipeCards),
    usersCollection: nonEmpty(options.usersCollection, 'usersCollection', 'users'),
  }
}
