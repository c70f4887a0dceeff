import type { CollectionConfig } from 'payload'

import { can } from '../../access/access'
import { partyFields } from './partyFields'

export function createCustomersCollection(): CollectionConfig {
  return {
    slug: 'customers',
    access: {
      create: can('customers.create'),
      delete: can('customers.delete'),
      read: can('customers.view'),
      update: can('customers.update'),
    },
    admin: {
      defaultColumns: ['name', 'code', 'email'],
      group: 'Purchasing & sales',
      useAsTitle: 'name',
    },
    fields: partyFields(),
  }
}
