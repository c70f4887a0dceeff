import type { CollectionConfig } from 'payload'

import { readOnlyTo } from '../../access/access'

/** On hand, reserved and available per item × location × lot; written only by the ledger. */
export function createStockBalancesCollection(): CollectionConfig {
  return {
    slug: 'stock-balances',
    access: readOnlyTo('inventory.view'),
    admin: {
      defaultColumns: ['item', 'location', 'lot', 'onHand', 'reserved', 'available'],
      group: 'Inventory',
    },
    fields: [
      { name: 'item', type: 'relationship', index: true, relationTo: 'items', required: true },
      {
        name: 'location',
        type: 'relationship',
        index: true,
        relationTo: 'locations',
        required: true,
      },
      { name: 'lot', type: 'relationship', index: true, relationTo: 'lots', required: true },
      { name: 'onHand', type: 'number', defaultValue: 0, required: true },
      { name: 'reserved', type: 'number', defaultValue: 0, required: true },
      { name: 'available', type: 'number', defaultValue: 0, required: true },
    ],
    indexes: [{ fields: ['item', 'location', 'lot'], unique: true }],
    labels: { plural: 'Stock balances', singular: 'Stock balance' },
  }
}
