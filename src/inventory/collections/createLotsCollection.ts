import type { CollectionConfig, Field } from 'payload'

import { refuseDeletingStockedRecord } from '../hooks/refuseDeletingStockedRecord'
import { can, fieldCan } from '../../access/access'
import type { SanitizedOptions } from '../../options'

const ledgerOwned = { create: () => false, update: () => false }

/** Where the lot came from and went: shown to users who may trace lots. */
const traceField = (options: SanitizedOptions): Field => ({
  name: 'trace',
  type: 'ui',
  admin: {
    components: options.disabled ? {} : { Field: 'payload-plugin-manufacturing/rsc#LotTracePanel' },
  },
})

/** The lot's page prints its label; the list shows what tells lots apart. */
const lotsAdmin = (options: SanitizedOptions): CollectionConfig['admin'] => ({
  components: options.disabled
    ? {}
    : { edit: { beforeDocumentControls: ['payload-plugin-manufacturing/client#LotLabelLink'] } },
  defaultColumns: ['code', 'item', 'receivedAt', 'disposition', 'expiresAt'],
  group: 'Inventory',
  useAsTitle: 'code',
})

/**
 * Lots are created by the ledger (receipts, outputs, found stock) with a generated code; people
 * only block or release them and set their expiry.
 */
export function createLotsCollection(options: SanitizedOptions): CollectionConfig {
  return {
    slug: 'lots',
    access: {
      create: () => false,
      delete: () => false,
      read: can('inventory.view'),
      update: can('inventory.adjust'),
    },
    admin: lotsAdmin(options),
    fields: [
      {
        name: 'code',
        type: 'text',
        access: ledgerOwned,
        admin: { readOnly: true },
        index: true,
        required: true,
      },
      {
        name: 'item',
        type: 'relationship',
        access: ledgerOwned,
        admin: { readOnly: true },
        index: true,
        relationTo: 'items',
        required: true,
      },
      {
        name: 'receivedAt',
        type: 'date',
        access: ledgerOwned,
        admin: { readOnly: true },
        required: true,
      },
      {
        name: 'unitCost',
        type: 'number',
        access: { ...ledgerOwned, read: fieldCan('items.viewCosts') },
        admin: { readOnly: true },
      },
      {
        name: 'disposition',
        type: 'select',
        defaultValue: 'available',
        options: ['available', 'blocked'],
        required: true,
      },
      { name: 'expiresAt', type: 'date' },
      {
        name: 'sourceDocument',
        type: 'text',
        access: ledgerOwned,
        admin: { description: 'The document whose posting created this lot.', readOnly: true },
      },
      traceField(options),
    ],
    hooks: options.disabled ? {} : { beforeDelete: [refuseDeletingStockedRecord('lot', ['lot'])] },
    indexes: [{ fields: ['item', 'code'], unique: true }],
  }
}
