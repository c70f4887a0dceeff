import type { CollectionConfig, Field } from 'payload'

import { fieldCan, readOnlyTo } from '../../access/access'
import { entryKinds } from '../rules/stageSummary'
import type { SanitizedOptions } from '../../options'
import { writtenFields } from '../../platform/collections/writtenFields'

/**
 * A run's history: one entry per recorded line (an input, an output, a loss), with who, when and
 * the movements it posted. Written only by the record and reverse actions; nobody edits or
 * deletes an entry over any API: a wrong one is undone by a reversing entry.
 */
export function createProductionRunEntriesCollection(options: SanitizedOptions): CollectionConfig {
  return {
    slug: 'production-run-entries',
    access: readOnlyTo('productionRuns.view'),
    admin: {
      defaultColumns: [
        'recordedAt',
        'run',
        'stageName',
        'kind',
        'item',
        'quantity',
        'unit',
        'recordedByName',
      ],
      group: 'Production',
      useAsTitle: 'stageName',
    },
    defaultSort: '-recordedAt',
    fields: [...entryPlaceFields(), ...entryStockFields(), ...entryRecordFields(options)],
    labels: { plural: 'Run entries', singular: 'Run entry' },
  }
}

/** Where the entry was recorded: the run, its process and the stage. */
const entryPlaceFields = (): Field[] => [
  {
    name: 'run',
    type: 'relationship',
    index: true,
    relationTo: 'production-runs',
    required: true,
  },
  {
    name: 'process',
    type: 'relationship',
    index: true,
    relationTo: 'processes',
    required: true,
  },
  {
    name: 'stage',
    type: 'text',
    admin: { description: "The stage's row id." },
    index: true,
    required: true,
  },
  {
    name: 'stageName',
    type: 'text',
    admin: { description: 'As it was named when recorded.' },
    required: true,
  },
]

/** What the entry moved: which item, lots, how much, where, and at what cost. */
const entryStockFields = (): Field[] => [
  { name: 'kind', type: 'select', index: true, options: [...entryKinds], required: true },
  { name: 'item', type: 'relationship', index: true, relationTo: 'items', required: true },
  { name: 'lots', type: 'relationship', hasMany: true, relationTo: 'lots' },
  { name: 'quantity', type: 'number', required: true },
  { name: 'unit', type: 'text', required: true },
  {
    name: 'location',
    type: 'relationship',
    admin: { description: 'Where an input came from, or where an output or scrap arrived.' },
    relationTo: 'locations',
  },
  { name: 'scrapItem', type: 'relationship', relationTo: 'items' },
  { name: 'scrapLot', type: 'relationship', relationTo: 'lots' },
  {
    name: 'cost',
    type: 'number',
    access: { read: fieldCan('productionRuns.viewCosts') },
    admin: { description: 'Σ quantity × lot unit cost of what the entry moved.' },
  },
  { name: 'note', type: 'textarea' },
]

/** Who recorded it and when, the posting it made, and what reverses what. */
const entryRecordFields = (options: SanitizedOptions): Field[] => [
  ...writtenFields('recordedAt', 'recordedBy', options.usersCollection),
  // Who, as they were named then: history stays readable for people who cannot list users.
  { name: 'recordedByName', type: 'text' },
  { name: 'postingKey', type: 'text', index: true, required: true },
  { name: 'movements', type: 'relationship', hasMany: true, relationTo: 'stock-movements' },
  {
    name: 'reverses',
    type: 'relationship',
    relationTo: 'production-run-entries',
    unique: true,
  },
  { name: 'reversedBy', type: 'relationship', relationTo: 'production-run-entries' },
]
