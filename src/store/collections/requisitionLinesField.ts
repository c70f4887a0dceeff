import type { Field } from 'payload'

const quantity = (name: string, label?: string): Field => ({
  name,
  type: 'number',
  admin: { readOnly: true },
  ...(label ? { label } : {}),
})

/** Lot by lot, what each store step moved of a line. */
const lotsField = (): Field => ({
  name: 'lots',
  type: 'array',
  admin: {
    description: 'Lot by lot: what was picked, issued, staged, consumed on the floor and returned.',
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'lot', type: 'relationship', relationTo: 'lots', required: true },
        quantity('picked'),
        quantity('issued'),
        quantity('staged'),
        quantity('consumed'),
        quantity('returned'),
      ],
    },
  ],
})

/** The requirements a line serves, and the share of each. */
const linksField = (): Field => ({
  name: 'links',
  type: 'array',
  admin: { description: 'The requirements this line serves, and the share of each.' },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'execution',
          type: 'relationship',
          relationTo: 'executions',
          required: true,
        },
        { name: 'requirement', type: 'text', required: true },
        quantity('quantity'),
      ],
    },
  ],
})

/** A requisition's lines: each item asked, what the store did with it, lot by lot, and for whom. */
export const requisitionLinesField = (): Field => ({
  name: 'lines',
  type: 'array',
  admin: { readOnly: true },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'item', type: 'relationship', relationTo: 'items', required: true },
        quantity('requiredQuantity', 'Required'),
        quantity('pickedQuantity', 'Picked'),
        quantity('issuedQuantity', 'Issued'),
        quantity('stagedQuantity', 'In trolley'),
        quantity('consumedQuantity', 'Consumed'),
        quantity('returnedQuantity', 'Returned'),
      ],
    },
    lotsField(),
    linksField(),
  ],
})
