import type { CollectionConfig } from 'payload'

import { fieldCan, readOnlyTo } from '../../access/access'
import { movementReasons } from '../rules/movementRules'
import type { SanitizedOptions } from '../../options'
import { writtenFields } from '../../platform/collections/writtenFields'
import { refuseLocalDeletes, refuseLocalWrites } from '../hooks/refuseLedgerWrites'

/**
 * The ledger's journal: append-only. Create, update and delete are refused to everyone over
 * every API, administrators included; only the posting service (src/ledger) writes here.
 */
export function createStockMovementsCollection(options: SanitizedOptions): CollectionConfig {
  return {
    slug: 'stock-movements',
    access: readOnlyTo('inventory.view'),
    admin: {
      defaultColumns: ['postedAt', 'reason', 'item', 'lot', 'quantity', 'from', 'to'],
      group: 'Inventory',
      useAsTitle: 'idempotencyKey',
    },
    defaultSort: '-postedAt',
    // The Local API skips access control: these refuse there too (a trigger backs them in SQL).
    hooks: options.disabled
      ? {}
      : { beforeChange: [refuseLocalWrites], beforeDelete: [refuseLocalDeletes] },
    fields: [
      { name: 'item', type: 'relationship', index: true, relationTo: 'items', required: true },
      { name: 'lot', type: 'relationship', index: true, relationTo: 'lots', required: true },
      { name: 'quantity', type: 'number', required: true },
      { name: 'from', type: 'relationship', index: true, relationTo: 'locations', required: true },
      { name: 'to', type: 'relationship', index: true, relationTo: 'locations', required: true },
      { name: 'unitCost', type: 'number', access: { read: fieldCan('items.viewCosts') } },
      {
        name: 'reason',
        type: 'select',
        index: true,
        options: [...movementReasons],
        required: true,
      },
      { name: 'sourceCollection', type: 'text', index: true },
      { name: 'sourceId', type: 'text', index: true },
      { name: 'sourceLine', type: 'text' },
      { name: 'postingKey', type: 'text', index: true, required: true },
      // Fingerprint of the posting's lines: the same key with other lines is refused.
      { name: 'postingHash', type: 'text', admin: { hidden: true }, required: true },
      { name: 'idempotencyKey', type: 'text', required: true, unique: true },
      { name: 'reverses', type: 'relationship', relationTo: 'stock-movements', unique: true },
      ...writtenFields('postedAt', 'postedBy', options.usersCollection),
    ],
    labels: { plural: 'Stock movements', singular: 'Stock movement' },
  }
}
