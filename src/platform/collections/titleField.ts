import type { Field } from 'payload'

/** What marks a title field: the column of the number it starts with. */
export type TitleFieldCustom = { titleNumberColumn: string }

/**
 * The document's stored name, `<number> · <product>` (see documentTitle), kept by the plugin and
 * used as its title: relationship selects, list cells and links name it by both. Never typed.
 * `numberColumn` is the number's column (`code`, `order_number`), for retitleDocumentsOfItem.
 */
export const titleField = (numberColumn: string): Field => ({
  name: 'title',
  type: 'text',
  access: { create: () => false, update: () => false },
  admin: { hidden: true, readOnly: true },
  custom: { titleNumberColumn: numberColumn } satisfies TitleFieldCustom,
  index: true,
  label: 'Code or product',
})
