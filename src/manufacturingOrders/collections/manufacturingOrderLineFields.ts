import type { Field } from 'payload'

import type { SanitizedOptions } from '../../options'

import { fieldCan } from '../../access/access'
import { costVarianceField } from '../../workflow/collections/productionFields'
import { refuseRecipeOverride } from '../../workflow/hooks/refuseRecipeOverride'
import type { RowShape } from '../../workflow/rules/recipeOverride'

/**
 * What an order consumes and produces (product, recipe, ingredients, operations, outputs) changes
 * only with override-recipe. Sizing (quantity, batches, mode) and what was actually used
 * (actual quantities, crew and minutes) are the operator's to record.
 */
export const overridesRecipe = (shape?: RowShape) =>
  refuseRecipeOverride('manufacturingOrders.overrideRecipe', shape)

/** Costs are written by the plugin in SQL after each save, and read only with view-costs. */
export const orderCostAccess = {
  create: () => false,
  read: fieldCan('manufacturingOrders.viewCosts'),
  update: () => false,
}
// Fields the plugin computes are read-only in the admin; keepPluginWrittenFields restores them
// when an API call sends them (field access would drop the hooks' own values too).
const readOnlyNumber = (name: string, extra: Partial<Field> = {}): Field =>
  ({ name, type: 'number', admin: { readOnly: true }, ...extra }) as Field
export const costNumber = (name: string, description?: string): Field => ({
  name,
  type: 'number',
  access: orderCostAccess,
  admin: { description, readOnly: true },
})

/**
 * The unit a quantity is counted in, shown right after it: a snapshot of the item's unit, taken
 * with the line (see snapshotOrderUnits).
 */
export const unitField = (admin: Partial<NonNullable<Field['admin']>> = {}): Field =>
  ({
    name: 'unit',
    type: 'text',
    admin: { readOnly: true, width: '6rem', ...admin },
  }) as Field

/** An order's ingredient lines, output rows and operations. */
export const orderLineFields = (): Field[] => [ingredientLines(), outputRows(), operationLines()]

/** What the order consumes: planned, picked from lots, backflushed and actually used. */
const ingredientLines = (): Field => ({
  name: 'ingredients',
  type: 'array',
  hooks: {
    beforeValidate: [
      overridesRecipe({
        basis: 'per_unit',
        item: null,
        plannedQuantity: null,
        recipeQuantity: null,
      }),
    ],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'item', type: 'relationship', relationTo: 'items', required: true },
        { name: 'sku', type: 'text', admin: { readOnly: true }, label: 'SKU' },
        {
          name: 'basis',
          type: 'select',
          defaultValue: 'per_unit',
          options: ['per_unit', 'per_batch'],
        },
        {
          name: 'recipeQuantity',
          type: 'number',
          admin: { description: 'Per recipe output; empty for a one-off line.' },
          min: 0,
        },
        { name: 'plannedQuantity', type: 'number', min: 0, required: true },
        ...usedQuantities(),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'lotStrategy',
          type: 'select',
          defaultValue: 'fifo',
          options: ['fifo', 'lifo', 'custom'],
        },
        {
          name: 'pickStatus',
          type: 'select',
          admin: { readOnly: true },
          defaultValue: 'not_picked',
          options: ['not_picked', { label: 'Under way', value: 'in_progress' }, 'picked'],
        },
        readOnlyNumber('pickedQuantity'),
        readOnlyNumber('backflushedQuantity', {
          admin: { description: 'Consumed by recorded output.', readOnly: true },
        }),
        costNumber('actualCost'),
        { name: 'notes', type: 'text' },
      ],
    },
    pickedLots(),
  ],
})

/** What a line actually used, in its unit: consumed (the plugin's) and the operator's override. */
const usedQuantities = (): Field[] => [
  readOnlyNumber('actualQuantity', {
    admin: { description: 'Consumed so far, net of returns.', readOnly: true },
    defaultValue: 0,
  }),
  unitField(),
  {
    name: 'actualOverride',
    type: 'number',
    admin: {
      description: 'What was really used, when it differs from the plan: consumed up to it.',
    },
    label: 'Actual (override)',
    min: 0,
  },
]

/** What the order produced: a row per batch or per recorded completion, each into a lot. */
const outputRows = (): Field => ({
  name: 'outputs',
  type: 'array',
  hooks: {
    beforeValidate: [
      overridesRecipe({
        batchNumber: null,
        completedQuantity: null,
        lot: null,
        plannedQuantity: null,
        reversedQuantity: null,
      }),
    ],
  },
  admin: { description: 'Batches, or one row per recorded completion.', readOnly: true },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'batchNumber', type: 'number' },
        {
          name: 'status',
          type: 'select',
          defaultValue: 'pending',
          options: ['pending', { label: 'Under way', value: 'in_progress' }, 'completed'],
        },
        { name: 'plannedQuantity', type: 'number' },
        { name: 'completedQuantity', type: 'number' },
        { name: 'reversedQuantity', type: 'number' },
        unitField(),
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'lot', type: 'relationship', relationTo: 'lots' },
        { name: 'disposition', type: 'select', options: ['available', 'blocked'] },
        { name: 'completedAt', type: 'date' },
        costNumber('materialCost'),
        costNumber('operationCost'),
        costNumber('unitCost', 'Material cost per unit made.'),
        costNumber('operationUnitCost', "The operations' share per unit made."),
      ],
    },
  ],
})

/** The work the order takes: steps, resources, crew and minutes, planned and actual. */
const operationLines = (): Field => ({
  name: 'operations',
  type: 'array',
  hooks: {
    beforeValidate: [overridesRecipe({ crewSize: 1, plannedMinutes: null, resource: null })],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'step', type: 'text', required: true },
        { name: 'resource', type: 'relationship', relationTo: 'items' },
        {
          name: 'resourceType',
          type: 'select',
          defaultValue: 'labor',
          options: ['labor', 'machine', 'overhead', 'other'],
        },
        { name: 'crewSize', type: 'number', defaultValue: 1, min: 0, required: true },
        { name: 'recipeMinutes', type: 'number', admin: { readOnly: true } },
        { name: 'plannedMinutes', type: 'number', min: 0, required: true },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'ratePerHour',
          type: 'number',
          access: { read: fieldCan('manufacturingOrders.viewCosts') },
          min: 0,
        },
        costNumber('plannedCost'),
        costNumber('actualCost'),
        { name: 'actualCrewSize', type: 'number', min: 0 },
        { name: 'actualMinutes', type: 'number', min: 0 },
      ],
    },
  ],
})

/** The lots picking reserved for an ingredient line, which its consumption takes first. */
const pickedLots = (): Field => ({
  name: 'pickedLots',
  type: 'array',
  admin: {
    description: 'Lots reserved for this line by picking; used first.',
    readOnly: true,
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'lot', type: 'relationship', relationTo: 'lots', required: true },
        { name: 'quantity', type: 'number', required: true },
      ],
    },
  ],
})

/** The order's costs, and its planned against actual cost. */
export const orderCostFields = (options: SanitizedOptions): Field[] => [
  {
    name: 'costs',
    type: 'group',
    access: { read: fieldCan('manufacturingOrders.viewCosts') },
    fields: [
      {
        type: 'row',
        fields: [
          costNumber('materialCost'),
          costNumber('operationCost'),
          costNumber('totalCost'),
          costNumber('unitCost'),
        ],
      },
    ],
  },
  costVarianceField(options),
]
