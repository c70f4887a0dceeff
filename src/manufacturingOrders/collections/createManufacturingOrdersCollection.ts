import type { CollectionConfig, Field } from 'payload'

import { deriveOrderState } from '../hooks/deriveOrderState'
import { keepPluginWrittenFields } from '../hooks/keepPluginWrittenFields'
import { numberOrderFromSequence } from '../hooks/numberOrderFromSequence'
import { planOrderFromRecipe } from '../hooks/planOrderFromRecipe'
import { snapshotOrderUnits } from '../hooks/snapshotOrderUnits'
import { postDueOrderInventory } from '../hooks/postDueOrderInventory'
import { refuseDeletingStartedOrder } from '../hooks/refuseDeletingStartedOrder'
import { refuseForbiddenOrderChanges } from '../hooks/refuseForbiddenOrderChanges'
import { reverseInventoryOfDeletedDocument } from '../../workflow/hooks/reverseInventoryOfDeletedDocument'
import { can } from '../../access/access'
import type { SanitizedOptions } from '../../options'
import { fillOrderLocation } from '../hooks/fillOrderLocation'
import { statusField } from '../../workflow/collections/productionFields'
import { documentNumberField } from '../../platform/collections/documentNumberField'
import { titleField } from '../../platform/collections/titleField'
import { keepDocumentTitle } from '../../platform/hooks/keepDocumentTitle'
import {
  orderCostFields,
  orderLineFields,
  overridesRecipe,
  unitField,
} from './manufacturingOrderLineFields'
import { productField } from '../../recipes/collections/productField'
import { orderLayoutField } from '../../workflow/productionOrderLayouts'

/**
 * A manufacturing order: a product made in discrete units or in batches from a snapshot of its
 * recipe, with ingredient lines (picked from lots, consumed as output is recorded or as the
 * status rules fall due), output rows (one per batch or per recorded completion, each into a lot
 * of its own) and operations (their resources deducted, their cost absorbed into the output).
 * It moves through the same status workflow and rules as executions.
 */
export function createManufacturingOrdersCollection(options: SanitizedOptions): CollectionConfig {
  return {
    slug: 'manufacturing-orders',
    access: {
      create: can('manufacturingOrders.create'),
      delete: can('manufacturingOrders.delete'),
      read: can('manufacturingOrders.view'),
      update: can('manufacturingOrders.update'),
    },
    admin: orderAdmin(options),
    fields: [
      documentNumberField('orderNumber'),
      titleField('order_number'),
      ...orderProgressFields(options),
      ...salesOrderFields(),
      orderLayoutField(),
      ...orderSubjectFields(options),
      ...orderLineFields(),
      ...orderCostFields(options),
    ],
    hooks: orderHooks(options),
    labels: { plural: 'Manufacturing orders', singular: 'Manufacturing order' },
  }
}

/** The order's controls above the form, and its list's columns. */
const orderAdmin = (options: SanitizedOptions): CollectionConfig['admin'] => ({
  components: options.disabled
    ? {}
    : {
        edit: {
          beforeDocumentControls: [
            'payload-plugin-manufacturing/rsc#OrderControls',
            'payload-plugin-manufacturing/rsc#OrderSubAssembliesButton',
            'payload-plugin-manufacturing/rsc#PurchaseShortagesButton',
            'payload-plugin-manufacturing/client#ProductionOrderPdfLink',
          ],
        },
        beforeListTable: ['payload-plugin-manufacturing/client#ProductionOrdersPrintBar'],
      },
  // What a planner reads first: which one, what, how much, by when, where it stands, where.
  defaultColumns: [
    'orderNumber',
    'product',
    'quantity',
    'batches',
    'deadline',
    'status',
    'productionState',
    'location',
  ],
  group: 'Production',
  listSearchableFields: ['title'],
  // Named by number and product wherever linked (see keepDocumentTitle).
  useAsTitle: options.disabled ? 'orderNumber' : 'title',
})

/** In the sidebar: where the order is in its workflow, its picking and its dates. */
function orderProgressFields(options: SanitizedOptions): Field[] {
  const badge = {
    Cell: 'payload-plugin-manufacturing/client#OrderStateCell',
    Field: 'payload-plugin-manufacturing/client#OrderStateField',
  }
  return [
    statusField(options),
    {
      name: 'state',
      type: 'select',
      admin: { description: 'Done in the last status.', position: 'sidebar', readOnly: true },
      defaultValue: 'open',
      index: true,
      options: ['open', 'done'],
    },
    {
      name: 'productionState',
      type: 'select',
      admin: {
        components: options.disabled ? {} : badge,
        position: 'sidebar',
        readOnly: true,
      },
      defaultValue: 'not_started',
      index: true,
      options: ['not_started', 'blocked', { label: 'Under way', value: 'in_progress' }, 'done'],
    },
    {
      name: 'pickProgress',
      type: 'select',
      admin: {
        components: options.disabled ? {} : badge,
        position: 'sidebar',
        readOnly: true,
      },
      defaultValue: 'not_started',
      index: true,
      options: ['not_started', { label: 'Under way', value: 'in_progress' }, 'picked'],
    },
    { name: 'blocked', type: 'checkbox', admin: { position: 'sidebar' }, defaultValue: false },
    {
      name: 'startedAt',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'completedAt',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true },
    },
  ]
}

/** The sales order line the order was made for; set when it is created from one. */
const salesOrderFields = (): Field[] => [
  {
    name: 'salesOrder',
    type: 'relationship',
    access: { update: () => false },
    admin: { position: 'sidebar', readOnly: true },
    index: true,
    relationTo: 'sales-orders',
  },
  {
    name: 'salesOrderLine',
    type: 'text',
    access: { update: () => false },
    admin: { position: 'sidebar', readOnly: true },
  },
]

/** What to make, how much, where and by when. */
const orderSubjectFields = (options: SanitizedOptions): Field[] => [
  {
    type: 'row',
    fields: [
      productField(overridesRecipe()),
      {
        name: 'bom',
        type: 'relationship',
        admin: { description: 'The recipe the order was copied from.', readOnly: true },
        hooks: { beforeValidate: [overridesRecipe()] },
        label: 'BOM',
        relationTo: 'boms',
      },
      {
        name: 'mode',
        type: 'select',
        admin: { description: "Empty: the product's production mode." },
        options: ['discrete', 'batch'],
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'quantity',
        type: 'number',
        // Batch mode sizes by batches and ignores it.
        admin: {
          condition: (data) => data?.mode !== 'batch',
          description: "Empty: what the product's recipe makes.",
        },
        custom: { decimal: 'positive' },
        min: 0,
      },
      unitField({ condition: (data) => data?.mode !== 'batch' }),
      {
        name: 'batches',
        type: 'number',
        admin: { condition: (data) => data?.mode === 'batch' },
        custom: { decimal: 'integer' },
        defaultValue: 1,
        min: 1,
      },
      {
        name: 'location',
        type: 'relationship',
        admin: {
          components: options.disabled
            ? {}
            : { Field: 'payload-plugin-manufacturing/client#OrderLocationField' },
          description:
            "A production floor: ingredients are used from here and output added here. Empty: the product's production floor, else the first one. Fixed once the order has started.",
        },
        // Filled on create when left empty (see fillOrderLocation): no form default, so the
        // product chosen decides.
        filterOptions: { kind: { equals: 'production_floor' } },
        relationTo: 'locations',
      },
      {
        name: 'deadline',
        type: 'date',
        admin: { date: { displayFormat: 'd MMM yyyy', pickerAppearance: 'dayOnly' } },
      },
    ],
  },
  ...orderPeopleFields(options),
]

/** Who makes it and for whom, notes, and the recipe snapshot the order scales. */
const orderPeopleFields = (options: SanitizedOptions): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: 'employee',
        type: 'relationship',
        relationTo: options.usersCollection as 'users',
      },
      { name: 'customer', type: 'relationship', relationTo: 'customers' },
    ],
  },
  { name: 'notes', type: 'textarea' },
  {
    name: 'recipe',
    type: 'group',
    admin: {
      description:
        'The snapshot of the recipe the order scales: later recipe edits do not change it.',
      readOnly: true,
    },
    hooks: { beforeValidate: [overridesRecipe({ basis: null, outputQuantity: null })] },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'outputQuantity', type: 'number' },
          { name: 'basis', type: 'select', options: ['per_unit', 'per_batch'] },
        ],
      },
    ],
  },
]

const orderHooks = (options: SanitizedOptions): CollectionConfig['hooks'] =>
  options.disabled
    ? {}
    : {
        afterChange: [
          numberOrderFromSequence,
          keepDocumentTitle('orderNumber'),
          postDueOrderInventory,
        ],
        beforeValidate: [fillOrderLocation],
        beforeChange: [
          refuseForbiddenOrderChanges,
          keepPluginWrittenFields,
          planOrderFromRecipe,
          snapshotOrderUnits,
          deriveOrderState,
        ],
        beforeDelete: [refuseDeletingStartedOrder, reverseInventoryOfDeletedDocument],
      }
