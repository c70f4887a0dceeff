import type { Field } from 'payload'

/** When a row of a journal was written (`at`, indexed), and the user who wrote it (`by`). */
export const writtenFields = (at: string, by: string, usersCollection: string): Field[] => [
  {
    name: at,
    type: 'date',
    admin: { date: { pickerAppearance: 'dayAndTime' } },
    index: true,
    required: true,
  },
  { name: by, type: 'relationship', relationTo: usersCollection as 'users' },
]
