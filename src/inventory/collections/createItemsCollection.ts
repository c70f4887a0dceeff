import type { CollectionConfig, Field } from 'payload'

import { refuseDeletingStockedRecord } from '../hooks/refuseDeletingStockedRecord'
import { can, fieldCan } from '../../access/access'
import { retitleDocumentsOfItem } from '../../platform/hooks/retitleDocumentsOfItem'
import type { SanitizedOptions } from '../../options'

const readOnly = { create: () => false, update: () => false }

/** What the item is: its SKU, name, description, kind, category and unit. */
const describingFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      { name: 'sku', type: 'text', label: 'SKU', required: true, unique: true },
      { name: 'name', type: 'text', required: true },
    ],
  },
  { name: 'description', type: 'textarea' },
  {
    type: 'row',
    fields: [
      {
        name: 'kind',
        type: 'select',
        defaultValue: 'material',
        options: ['material', 'product', 'resource'],
        required: true,
      },
      { name: 'category', type: 'relationship', relationTo: 'item-categories' },
      { name: 'unit', type: 'text', defaultValue: 'pcs', required: true },
    ],
  },
]

/** What it costs and who supplies it. */
const purchasingFields = (): Field[] => [
  {
    name: 'standardCost',
    type: 'number',
    access: { read: fieldCan('items.viewCosts') },
    min: 0,
  },
  { name: 'primarySupplier', type: 'relationship', relationTo: 'suppliers' },
]

/** How it is made and kept: mode, batch size, lot strategy, floor, scrap, negative stock. */
const productionFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: 'productionMode',
        type: 'select',
        defaultValue: 'discrete',
        options: ['discrete', 'batch'],
      },
      { name: 'batchSize', type: 'number', custom: { decimal: 'positive' }, min: 0 },
      {
        name: 'lotStrategy',
        type: 'select',
        defaultValue: 'fifo',
        options: ['fifo', 'lifo', 'custom'],
      },
    ],
  },
  {
    name: 'productionFloor',
    type: 'relationship',
    admin: {
      condition: (data) => data?.kind === 'product',
      description:
        'Where this product is made unless an order says otherwise; empty: the first production floor.',
    },
    filterOptions: { kind: { equals: 'production_floor' } },
    relationTo: 'locations',
  },
  {
    name: 'scrapItem',
    type: 'relationship',
    admin: { description: 'Where recoverable scrap of this item goes (its own SKU).' },
    relationTo: 'items',
  },
  {
    name: 'negativeStock',
    type: 'select',
    admin: { description: 'Inherit follows the production settings (refuse by default).' },
    defaultValue: 'inherit',
    options: ['inherit', 'allow', 'refuse'],
  },
]

/** Its stock as the ledger keeps it: totals, balances where it is, and its movements. */
const stockFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      // Kept by the ledger in the same transaction as every posting; never written by hand.
      {
        name: 'onHand',
        type: 'number',
        access: readOnly,
        admin: { readOnly: true },
        defaultValue: 0,
      },
      {
        name: 'available',
        type: 'number',
        access: readOnly,
        admin: { readOnly: true },
        defaultValue: 0,
      },
    ],
  },
  {
    name: 'stock',
    type: 'join',
    admin: { defaultColumns: ['location', 'lot', 'onHand', 'reserved', 'available'] },
    collection: 'stock-balances',
    on: 'item',
    // Stock where it physically is; the virtual side of each balance is ledger bookkeeping.
    where: { 'location.kind': { not_equals: 'virtual' } },
  },
  {
    name: 'movements',
    type: 'join',
    admin: { defaultColumns: ['postedAt', 'reason', 'quantity', 'from', 'to', 'lot'] },
    collection: 'stock-movements',
    defaultSort: '-postedAt',
    on: 'item',
  },
]

/** Materials, products and resources: what the ledger counts. */
export function createItemsCollection(options: SanitizedOptions): CollectionConfig {
  return {
    slug: 'items',
    access: {
      create: can('items.create'),
      delete: can('items.delete'),
      read: can('items.view'),
      update: can('items.update'),
    },
    admin: {
      defaultColumns: ['sku', 'name', 'kind', 'unit', 'onHand', 'available'],
      group: 'Inventory',
      listSearchableFields: ['sku', 'name'],
      useAsTitle: 'name',
    },
    fields: [...describingFields(), ...purchasingFields(), ...productionFields(), ...stockFields()],
    hooks: options.disabled
      ? {}
      : {
          // A renamed product renames the executions and orders that make it (their titles).
          afterChange: [retitleDocumentsOfItem],
          beforeDelete: [refuseDeletingStockedRecord('item', ['item'])],
        },
  }
}
