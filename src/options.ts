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
 * The fonts recipe cards are printed with, by default: Noto Sans (Latin, Greek, Cyrillic), then
 * Noto Sans SC (Chinese, and Japanese kana), both installed with the plugin.
 */
export const defaultRecipeCardFonts: readonly string[] = [
  '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
]

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
  collections: Partial<Record<ManufacturingCollectionSlug, CollectionOverride>>
  disabled: boolean
  maxRequestBytes: number
  recipeCards: { fonts: string[] }
  usersCollection: string
}

const nonEmpty = (value: unknown, name: string, fallback: string): string => {
  if (value === undefined) return fallback
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`manufacturingPlugin: option "${name}" must be a non-empty string`)
  }
  return value.trim()
}

function recipeCardsOption(value: unknown): SanitizedOptions['recipeCards'] {
  if (value === undefined) return { fonts: [...defaultRecipeCardFonts] }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new Error('manufacturingPlugin: option "recipeCards" must be an object: { fonts }')
  const { fonts } = value as RecipeCardsOptions
  if (fonts === undefined) return { fonts: [...defaultRecipeCardFonts] }
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
    collections,
    disabled: options.disabled === true,
    maxRequestBytes: maxRequestBytesOption(options.maxRequestBytes),
    recipeCards: recipeCardsOption(options.recipeCards),
    usersCollection: nonEmpty(options.usersCollection, 'usersCollection', 'users'),
  }
}
