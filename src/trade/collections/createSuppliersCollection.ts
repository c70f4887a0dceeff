import type { CollectionConfig } from 'payload'

import { can } from '../../access/access'
import { partyFields } from './partyFields'

export function createSuppliersCollection(): CollectionConfig {
  return {
    slug: 'suppliers',
    access: {
      create: can('suppliers.create'),
      delete: can('suppliers.delete'),
      read: can('suppliers.view'),
      update: can('suppliers.update'),
    },
    admin: {
      defaultColumns: ['name', 'code', 'email'],
      group: 'Purchasing & sales',
      useAsTitle: 'name',
    },
    fields: [
      ...partyFields(),
      { name: 'leadTimeDays', type: 'number', custom: { decimal: 'integer' }, min: 0 },
    ],
  }
}
