import type { GlobalConfig } from 'payload'

import { can } from '../src/access/access'

/** Factory-wide rules that admins set in the admin UI. */
export function createProductionSettingsGlobal(): GlobalConfig {
  return {
    slug: 'production-settings',
    access: { read: ({ req }) => Boolean(req.user), update: can('statuses.manage') },
    admin: { group: 'Administration' },
    fields: [
      {
        name: 'negativeStockPolicy',
        type: 'select',
        admin: {
          description:
            'Whether stock at a warehouse or production floor may go below zero. Items can override it.',
        },
        defaultValue: 'refuse',
        options: [
          { label: 'Refuse (a posting that would go negative is refused)', value: 'refuse' },
          { label: 'Allow', value: 'allow' },
        ],
        required: true,
      },
    ],
  }
}
