import type { CollectionConfig } from 'payload'

import { assignDocumentNumber } from '../../platform/hooks/assignDocumentNumber'
import { can } from '../../access/access'
import type { SanitizedOptions } from '../../options'
import { documentNumberField } from '../../platform/collections/documentNumberField'

/**
 * What customers ordered. "Create executions" makes an execution for each line whose item
 * has an active recipe; the order lists them.
 */
export function createSalesOrdersCollection(options: SanitizedOptions): CollectionConfig {
  return {
    slug: 'sales-orders',
    access: {
      create: can('salesOrders.create'),
      delete: can('salesOrders.delete'),
      read: can('salesOrders.view'),
      update: can('salesOrders.update'),
    },
    admin: {
      components: options.disabled
        ? {}
        : {
            edit: {
              beforeDocumentControls: [
                'payload-plugin-manufacturing/rsc#CreateExecutionsFromSalesOrderButton',
                'payload-plugin-manufacturing/rsc#CreateManufacturingOrdersButton',
              ],
            },
          },
      defaultColumns: ['number', 'customer', 'deadline', 'status'],
      group: 'Purchasing & sales',
      useAsTitle: 'number',
    },
    fields: [
      documentNumberField(),
      {
        type: 'row',
        fields: [
          { name: 'customer', type: 'relationship', relationTo: 'customers', required: true },
          { name: 'deadline', type: 'date' },
          {
            name: 'status',
            type: 'select',
            defaultValue: 'draft',
            options: ['draft', 'confirmed', 'delivered', 'cancelled'],
          },
        ],
      },
      {
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
            ],
          },
        ],
        minRows: 1,
        required: true,
      },
      { name: 'notes', type: 'textarea' },
      {
        name: 'executions',
        type: 'join',
        admin: {
          defaultColumns: ['code', 'product', 'plannedQuantity', 'status', 'expectedDate'],
          description: 'Executions created from this order\'s lines ("Create executions").',
        },
        collection: 'executions',
        on: 'salesOrder',
      },
    ],
    hooks: options.disabled ? {} : { afterChange: [assignDocumentNumber('SO')] },
    labels: { plural: 'Sales orders', singular: 'Sales order' },
  }
}
