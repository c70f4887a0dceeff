import type { CollectionConfig, Field } from 'payload'

import { can } from '../../access/access'
import type { SanitizedOptions } from '../../options'
import { documentNumberField } from '../../platform/collections/documentNumberField'
import { assignDocumentNumber } from '../../platform/hooks/assignDocumentNumber'

const trolleyAdmin = (options: SanitizedOptions): CollectionConfig['admin'] => ({
  components: options.disabled
    ? {}
    : {
        beforeListTable: [
          {
            clientProps: { collection: 'trolleys' },
            path: 'payload-plugin-manufacturing/client#StoreListFilters',
          },
        ],
      },
  defaultColumns: ['code', 'label', 'floor', 'state', 'executions', 'requisitions', 'updatedAt'],
  description: 'Per floor: what is staged and ready for each run.',
  group: 'Store',
  listSearchableFields: ['code', 'label'],
  useAsTitle: 'code',
})

/** Its label, the floor it stands on and whether it is still ready. */
const whereRow = (): Field => ({
  type: 'row',
  fields: [
    { name: 'label', type: 'text', admin: { readOnly: true } },
    {
      name: 'floor',
      type: 'relationship',
      admin: { readOnly: true },
      index: true,
      relationTo: 'locations',
      required: true,
    },
    {
      name: 'state',
      type: 'select',
      admin: { readOnly: true },
      defaultValue: 'ready',
      index: true,
      options: ['ready', 'emptied'],
      required: true,
    },
  ],
})

/** What waits on it, lot by lot, and for which requisition. */
const trolleyLinesField = (): Field => ({
  name: 'lines',
  type: 'array',
  admin: { description: 'Line by line, as staged.', readOnly: true },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'item', type: 'relationship', relationTo: 'items', required: true },
        { name: 'lot', type: 'relationship', relationTo: 'lots', required: true },
        { name: 'quantity', type: 'number', required: true },
        {
          name: 'requisition',
          type: 'relationship',
          relationTo: 'material-requisitions',
          required: true,
        },
      ],
    },
  ],
})

/**
 * A trolley on a production floor: what the store issued for a run, staged lot by lot beside the
 * executions it serves. Filled by stageTrolley; emptied by returnToStore.
 */
export function createTrolleysCollection(options: SanitizedOptions): CollectionConfig {
  return {
    slug: 'trolleys',
    access: {
      create: () => false,
      delete: () => false,
      read: can('requisitions.view'),
      update: () => false,
    },
    admin: trolleyAdmin(options),
    defaultSort: '-createdAt',
    fields: [
      documentNumberField('code'),
      whereRow(),
      {
        name: 'executions',
        type: 'relationship',
        admin: { readOnly: true },
        hasMany: true,
        relationTo: 'executions',
      },
      {
        name: 'requisitions',
        type: 'relationship',
        admin: { readOnly: true },
        hasMany: true,
        relationTo: 'material-requisitions',
      },
      {
        name: 'contents',
        type: 'ui',
        admin: {
          components: options.disabled
            ? {}
            : { Field: 'payload-plugin-manufacturing/rsc#TrolleyContents' },
        },
      },
      trolleyLinesField(),
    ],
    hooks: options.disabled ? {} : { afterChange: [assignDocumentNumber('TR', 'code')] },
    labels: { plural: 'Trolleys', singular: 'Trolley' },
  }
}
