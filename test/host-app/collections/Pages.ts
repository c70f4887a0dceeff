import type { CollectionConfig } from 'payload'

export const Pages: CollectionConfig = {
  access: { read: () => true },
  admin: { useAsTitle: 'title' },
  fields: [
    { name: 'title', required: true, type: 'text' },
    { name: 'slug', type: 'text', unique: true },
  ],
  slug: 'pages',
}
