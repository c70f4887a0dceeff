import type { Field, Tab } from 'payload'

import { productionFloorField } from '../../inventory/collections/productionFloorField'
import { fieldCan } from '../../access/access'
import type { SanitizedOptions } from '../../options'
import { productField } from '../../recipes/collections/productField'
import { costVarianceField } from '../../workflow/collections/productionFields'
import { refuseRecipeOverride } from '../../workflow/hooks/refuseRecipeOverride'

const byWorkflow = { create: () => false, update: () => false }

/** What is made: the product, its lot label and description. */
const productRow = (): Field => ({
  type: 'row',
  fields: [
    productField(refuseRecipeOverride('executions.overrideRecipe')),
    { name: 'lotLabel', type: 'text', index: true },
    {
      name: 'productDescription',
      type: 'text',
      admin: { description: "Empty: the product's name." },
    },
  ],
})

/** When, and how much: the production date, planned and produced quantities. */
const quantityRow = (): Field => ({
  type: 'row',
  fields: [
    {
      name: 'productionDate',
      type: 'date',
      admin: { date: { displayFormat: 'd MMM yyyy', pickerAppearance: 'dayOnly' } },
      index: true,
      required: true,
    },
    {
      name: 'plannedQuantity',
      type: 'number',
      custom: { decimal: 'positive' },
      min: 0,
      required: true,
    },
    {
      name: 'producedQuantity',
      type: 'number',
      admin: {
        description: 'Needed to complete; products are added at this quantity.',
      },
      min: 0,
    },
  ],
})

/** Where, and by which recipe. */
const floorRow = (): Field => ({
  type: 'row',
  fields: [
    productionFloorField(
      'productionFloor',
      'Materials are used from here and products added here.',
    ),
    {
      name: 'bom',
      type: 'relationship',
      admin: {
        description:
          "Empty: the product's active recipe. Changing it later needs the override-recipe permission.",
      },
      hooks: { beforeValidate: [refuseRecipeOverride('executions.overrideRecipe')] },
      label: 'BOM',
      relationTo: 'boms',
    },
  ],
})

/** When it starts and is due, who answers for it, and for which customer. */
const scheduleRow = (options: SanitizedOptions): Field => ({
  type: 'row',
  fields: [
    {
      name: 'startDate',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'expectedDate',
      type: 'date',
      admin: {
        date: { pickerAppearance: 'dayOnly' },
        description: 'When it should be done (a sales order: its deadline).',
      },
    },
    {
      name: 'employee',
      type: 'relationship',
      admin: { description: 'Who is responsible for it.' },
      relationTo: options.usersCollection as 'users',
    },
    { name: 'customer', type: 'relationship', index: true, relationTo: 'customers' },
  ],
})

/** What it cost, for those who may see costs, and the planned against actual panel. */
const costFields = (options: SanitizedOptions): Field[] => [
  {
    name: 'costs',
    type: 'group',
    access: { read: fieldCan('executions.viewCosts') },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'materialCost',
            type: 'number',
            access: byWorkflow,
            admin: { readOnly: true },
          },
          {
            name: 'unitCost',
            type: 'number',
            access: byWorkflow,
            admin: { readOnly: true },
          },
        ],
      },
    ],
  },
  costVarianceField(options),
]

/** The execution's own facts: what, how much, where, when, and what it cost. */
export const generalTab = (options: SanitizedOptions): Tab => ({
  fields: [
    productRow(),
    quantityRow(),
    floorRow(),
    scheduleRow(options),
    { name: 'note', type: 'textarea' },
    ...costFields(options),
  ],
  label: 'General',
})
