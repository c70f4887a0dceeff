import type { Field } from 'payload'

/** What suppliers and customers both have: who they are and how to reach them. */
export const partyFields = (): Field[] => [
  { name: 'name', type: 'text', required: true, unique: true },
  { name: 'code', type: 'text', index: true },
  { name: 'email', type: 'email' },
  { name: 'phone', type: 'text' },
  { name: 'address', type: 'textarea' },
  { name: 'notes', type: 'textarea' },
]
