import type { CollectionConfig, Field } from 'payload'

import { assignDocumentNumber } from '../../platform/hooks/assignDocumentNumber'
import { postAdjustmentOnCreate } from '../hooks/postAdjustmentOnCreate'
import { refusePostedAdjustmentEdits } from '../hooks/refusePostedAdjustmentEdits'
import { can } from '../../access/access'
import type { SanitizedOptions } from '../../options'
import { documentNumberField } from '../../platform/collections/documentNumberField'

const adjustmentAdmin = (options: SanitizedOptions): CollectionConfig['admin'] => ({
  components: options.disabled
    ? {}
    : {
        edit: {
          beforeDocumentControls: ['payload-plugin-manufacturing/rsc#ReverseAdjustmentButton'],
        },
      },
  defaultColumns: ['number', 'type', 'location', 'status', 'createdAt'],
  group: 'Inventory',
  useAsTitle: 'number',
})

/** What kind of adjustment, where, and whether it still stands. */
const kindRow = (): Field => ({
  type: 'row',
  fields: [
    {
      name: 'type',
      type: 'select',
      defaultValue: 'count',
      options: ['count', 'waste', 'damage', 'found', 'other'],
      required: true,
    },
    {
      name: 'location',
      type: 'relationship',
      filterOptions: { kind: { not_equals: 'virtual' } },
      relationTo: 'locations',
      required: true,
    },
    {
      name: 'status',
      type: 'select',
      access: { create: () => false, update: () => false },
      admin: { readOnly: true },
      defaultValue: 'posted',
      options: ['posted', 'reversed'],
    },
  ],
})

/** What changes: item, lot and signed quantity a line. */
const adjustmentLinesField = (): Field => ({
  name: 'lines',
  type: 'array',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'item', type: 'relationship', relationTo: 'items', required: true },
        {
          name: 'lot',
          type: 'relationship',
          admin: {
            description: 'Empty: taken by the item’s lot strategy, or a new lot for added stock.',
          },
          relationTo: 'lots',
        },
        {
          name: 'quantityDelta',
          type: 'number',
          admin: { description: 'Positive adds stock, negative removes it.' },
          required: true,
        },
      ],
    },
    { name: 'note', type: 'text' },
  ],
  minRows: 1,
  required: true,
})

/** Counts, waste, damage and found stock: saving posts it; a posted adjustment is only reversed. */
export function createInventoryAdjustmentsCollection(options: SanitizedOptions): CollectionConfig {
  return {
    slug: 'inventory-adjustments',
    access: {
      create: can('inventory.adjust'),
      delete: () => false,
      read: can('inventory.view'),
      update: can('inventory.adjust'),
    },
    admin: adjustmentAdmin(options),
    fields: [
      documentNumberField(),
      kindRow(),
      adjustmentLinesField(),
      {
        name: 'execution',
        type: 'relationship',
        admin: {
          description: 'The production this adjustment belongs to (waste recorded for it).',
          position: 'sidebar',
        },
        index: true,
        relationTo: 'executions',
      },
      { name: 'notes', type: 'textarea' },
      {
        // Fills a new adjustment from the link that opened it ("Record waste" on an execution).
        name: 'prefillFromLink',
        type: 'ui',
        admin: options.disabled
          ? {}
          : {
              components: {
                Field: 'payload-plugin-manufacturing/client#PrefillAdjustmentFromLink',
              },
            },
      },
    ],
    hooks: options.disabled
      ? {}
      : {
          afterChange: [assignDocumentNumber('ADJ'), postAdjustmentOnCreate],
          beforeChange: [refusePostedAdjustmentEdits],
        },
    labels: { plural: 'Inventory adjustments', singular: 'Inventory adjustment' },
  }
}
