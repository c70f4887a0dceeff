import type { CollectionConfig } from 'payload'

import { can } from '../../access/access'

/** Item categories (Plastics, Paint…): conditional status rules name them. */
export function createItemCategoriesCollection(): CollectionConfig {
  return {
    slug: 'item-categories',
    access: {
      create: can('items.create'),
      delete: can('items.delete'),
      read: can('items.view'),
      update: can('items.update'),
    },
    admin: { group: 'Inventory', useAsTitle: 'name' },
    fields: [
      { name: 'name', type: 'text', required: true, unique: true },
      { name: 'description', type: 'textarea' },
    ],
    labels: { plural: 'Item categories', singular: 'Item category' },
  }
}
