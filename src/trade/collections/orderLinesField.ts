import type { Field } from 'payload'

/** An order's lines: an item and a positive quantity a line, then the order's own `fields`. */
export const orderLinesField = (fields: Field[] = []): Field => ({
  name: 'lines',
  type: 'array',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'item', type: 'relationship', relationTo: 'items', required: true },
        {
          name: 'quantity',
          type: 'number',
          custom: { decimal: 'positive' },
          min: 0,
          required: true,
        },
        ...fields,
      ],
    },
  ],
  minRows: 1,
  required: true,
})
