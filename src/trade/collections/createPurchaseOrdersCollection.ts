import type { CollectionConfig, Field } from 'payload'

import { assignDocumentNumber } from '../../platform/hooks/assignDocumentNumber'
import { refuseEditingReceivedLines } from '../hooks/refuseEditingReceivedLines'
import { can, fieldCan } from '../../access/access'
import type { SanitizedOptions } from '../../options'
import { documentNumberField } from '../../platform/collections/documentNumberField'
import { orderLinesField } from './orderLinesField'
import { purchaseOrderStatuses } from '../rules/purchaseOrderSending'

/** Written only by the plugin's actions: receiving and sending. */
const byActions = { create: () => false, update: () => false }

const purchaseOrderAdmin = (options: SanitizedOptions): CollectionConfig['admin'] => ({
  components: options.disabled
    ? {}
    : {
        edit: {
          beforeDocumentControls: [
            'payload-plugin-manufacturing/rsc#SendPurchaseOrderButton',
            'payload-plugin-manufacturing/rsc#ReceivePurchaseOrderButton',
          ],
        },
      },
  defaultColumns: ['number', 'supplier', 'expectedDate', 'status'],
  group: 'Purchasing & sales',
  useAsTitle: 'number',
})

/** What is bought: item, quantity and unit cost a line, and how much of it was received. */
const purchaseOrderLinesField = (): Field =>
  orderLinesField([
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
      access: byActions,
      admin: { readOnly: true },
      defaultValue: 0,
    },
  ])

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
            admin: {
              description:
                'Send sets sent; receiving sets partially_received and received. A cancelled or closed order brings nothing more.',
            },
            defaultValue: 'draft',
            options: [...purchaseOrderStatuses],
          },
        ],
      },
      {
        name: 'sentAt',
        type: 'date',
        access: byActions,
        admin: {
          date: { pickerAppearance: 'dayAndTime' },
          description: 'When the order was last sent to the supplier.',
          readOnly: true,
        },
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
