import type { CollectionConfig } from 'payload'

import { can } from '../../access/access'
import { locationKinds, virtualRoles } from '../../ledger'
import { refuseDeletingStockedRecord } from '../hooks/refuseDeletingStockedRecord'
import { refuseVirtualLocationChanges } from '../hooks/refuseVirtualLocationChanges'
import { refuseVirtualLocationDeletion } from '../hooks/refuseVirtualLocationDeletion'
import type { SanitizedOptions } from '../../options'

/** Warehouses and production floors, and the virtual locations on the other side of every gain and loss. */
export function createLocationsCollection(options: SanitizedOptions): CollectionConfig {
  return {
    slug: 'locations',
    access: {
      create: can('locations.create'),
      delete: can('locations.delete'),
      read: can('locations.view'),
      update: can('locations.update'),
    },
    admin: {
      defaultColumns: ['name', 'code', 'kind', 'virtualRole'],
      group: 'Inventory',
      useAsTitle: 'name',
    },
    fields: [
      { name: 'name', type: 'text', required: true, unique: true },
      { name: 'code', type: 'text', index: true },
      {
        name: 'kind',
        type: 'select',
        defaultValue: 'warehouse',
        options: [...locationKinds],
        required: true,
      },
      {
        name: 'virtualRole',
        type: 'select',
        admin: {
          condition: (data) => data?.kind === 'virtual',
          description:
            'Virtual locations are kept by the plugin; they cannot be edited or deleted.',
          readOnly: true,
        },
        options: [...virtualRoles],
        unique: true,
      },
      { name: 'description', type: 'textarea' },
    ],
    hooks: options.disabled
      ? {}
      : {
          beforeChange: [refuseVirtualLocationChanges],
          beforeDelete: [
            refuseVirtualLocationDeletion,
            refuseDeletingStockedRecord('location', ['from', 'to']),
          ],
        },
  }
}
