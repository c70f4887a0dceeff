import type { CollectionConfig, Field } from 'payload'

import { assignDocumentNumber } from '../../platform/hooks/assignDocumentNumber'
import { refuseEditingReceivedLines } from '../hooks/refuseEditingReceivedLines'
import { can, fieldCan } from '../../access/access'
import type { SanitizedOptions } from '../../options'
import { documentNumberField } from '../../platform/collections/documentNumberField'

const byReceiving = { create: () => false, update: () => false }

const purchaseOrderAdmin = (options: SanitizedOptions): CollectionConfig['admin'] => ({
  components: options.disabled
    ? {}
    : {
        edit: {
          beforeDocumentControls: ['payload-plugin-manufacturing/rsc#ReceivePurchaseOrderButton'],
        },
      },
  defaultColumns: ['number', 'supplier', 'expectedDate', 'status'],
  group: 'Purchasing & sales',
  useAsTitle: 'number',
})

/** What is bought: item, quantity and unit cost a line, and how much of it was received. */
const purchaseOrderLinesField = (): Field => ({
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
        {
          name: 'unitCost',
          type: 'number',
          access: { read: fieldCan('purchaseOrders.viewCosts') },
          min: 0,
          required: true,
        },
        {
          name: 'receivedQuantity',
          type: 'number',
          access: byReceiving,
          admin: { readOnly: true },
          defaultValue: 0,
        },
      ],
    },
  ],
  minRows: 1,
  required: true,
})

/** What we buy: receiving posts supplier → warehouse into new lots at the line's unit cost. */
export function createPurchaseOrdersCollection(options: SanitizedOptions): CollectionConfig {
  return {
    slug: 'purchase-orders',
    access: {
      create: can('purchaseOrders.create'),
      delete: can('purchaseOrders.delete'),
      read: can('purchaseOrders.view'),
      update: can('purchaseOrders.update'),
    },
    admin: purchaseOrderAdmin(options),
    fields: [
      documentNumberField(),
      {
        type: 'row',
        fields: [
          { name: 'supplier', type: 'relationship', relationTo: 'suppliers', required: true },
          { name: 'expectedDate', type: 'date' },
          {
            name: 'status',
            type: 'select',
            admin: { description: 'Receiving sets partially_received and received.' },
            defaultValue: 'draft',
            options: ['draft', 'sent', 'partially_received', 'received'],
          },
        ],
      },
      purchaseOrderLinesField(),
      { name: 'notes', type: 'textarea' },
    ],
    hooks: options.disabled
      ? {}
      : { afterChange: [assignDocumentNumber('PO')], beforeChange: [refuseEditingReceivedLines] },
    labels: { plural: 'Purchase orders', singular: 'Purchase order' },
  }
}
