import type { ArrayField } from 'payload'

import type { SanitizedOptions } from '../../options'

/** Only reopenExecution writes it: nobody edits it over REST, GraphQL or the admin. */
const byReopening = { create: () => false, update: () => false }

/**
 * The record of each time the execution was reopened out of the final status: who, when and
 * why. Kept by reopenExecution; read-only to everyone.
 */
export const reopeningsField = (options: SanitizedOptions): ArrayField => ({
  name: 'reopenings',
  type: 'array',
  access: byReopening,
  admin: {
    description: 'Each time it was reopened after completion: who, when and why.',
    initCollapsed: false,
    position: 'sidebar',
    readOnly: true,
  },
  fields: [
    {
      name: 'reopenedAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' }, readOnly: true },
      required: true,
    },
    {
      name: 'reopenedBy',
      type: 'relationship',
      admin: { readOnly: true },
      relationTo: options.usersCollection as 'users',
    },
    { name: 'reason', type: 'textarea', admin: { readOnly: true }, required: true },
  ],
  labels: { plural: 'Reopenings', singular: 'Reopening' },
})
