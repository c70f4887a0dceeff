import type { CollectionConfig, Field } from 'payload'

import { assignDocumentNumber } from '../../platform/hooks/assignDocumentNumber'
import { can } from '../../access/access'
import type { SanitizedOptions } from '../../options'
import { documentNumberField } from '../../platform/collections/documentNumberField'
import { orderLinesField } from './orderLinesField'

const salesOrderAdmin = (options: SanitizedOptions): CollectionConfig['admin'] => ({
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
})

/** What is ordered: one item and quantity a line. */
const salesOrderLinesField = (): Field => orderLinesField()

/** The executions made from the order's lines. */
const productionOrdersField = (): Field => ({
  name: 'executions',
  type: 'join',
  admin: {
    defaultColumns: ['code', 'product', 'plannedQuantity', 'status', 'expectedDate'],
    description: 'Executions created from this order\'s lines ("Create executions").',
  },
  collection: 'executions',
  on: 'salesOrder',
})

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
    admin: salesOrderAdmin(options),
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
      salesOrderLinesField(),
      { name: 'notes', type: 'textarea' },
      productionOrdersField(),
    ],
    hooks: options.disabled ? {} : { afterChange: [assignDocumentNumber('SO')] },
    labels: { plural: 'Sales orders', singular: 'Sales order' },
  }
}
