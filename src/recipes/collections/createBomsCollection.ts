import type { CollectionConfig, Field } from 'payload'

import { refuseInvalidRecipe } from '../hooks/refuseInvalidRecipe'
import { can, fieldCan } from '../../access/access'
import type { SanitizedOptions } from '../../options'
import { productField } from './productField'

const bomAdmin = (options: SanitizedOptions): CollectionConfig['admin'] => ({
  components: options.disabled
    ? {}
    : {
        edit: {
          beforeDocumentControls: [
            'payload-plugin-manufacturing/rsc#CreateExecutionsButton',
            'payload-plugin-manufacturing/rsc#CreateManufacturingOrderButton',
            'payload-plugin-manufacturing/rsc#AddToInventoryButton',
          ],
        },
        beforeListTable: ['payload-plugin-manufacturing/rsc#AddBomsToInventoryBar'],
      },
  defaultColumns: ['name', 'product', 'outputQuantity', 'basis', 'active'],
  group: 'Production',
  useAsTitle: 'name',
})

/** What the recipe makes, its name, and whether it is the product's active one. */
const productRow = (): Field => ({
  type: 'row',
  fields: [
    productField(),
    {
      name: 'name',
      type: 'text',
      admin: { description: 'Left empty: "<product> recipe".' },
    },
    { name: 'active', type: 'checkbox', defaultValue: true },
  ],
})

/** What one batch makes, and how quantities scale. */
const outputRow = (): Field => ({
  type: 'row',
  fields: [
    {
      name: 'outputQuantity',
      type: 'number',
      admin: { description: 'What one batch of this recipe makes (e.g. 10 kg).' },
      custom: { decimal: 'positive' },
      defaultValue: 1,
      required: true,
    },
    {
      name: 'basis',
      type: 'select',
      admin: {
        description:
          'per_unit scales every quantity with what is produced; per_batch works in whole batches.',
      },
      defaultValue: 'per_unit',
      options: ['per_unit', 'per_batch'],
      required: true,
    },
  ],
})

/** What goes in: items and their quantities per recipe output. */
const componentsField = (): Field => ({
  name: 'components',
  type: 'array',
  admin: {
    description: 'A component that is a product with an active recipe is a sub-recipe.',
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'item',
          type: 'relationship',
          filterOptions: { kind: { not_equals: 'resource' } },
          relationTo: 'items',
          required: true,
        },
        { name: 'quantity', type: 'number', custom: { decimal: 'positive' }, required: true },
        { name: 'note', type: 'text' },
      ],
    },
  ],
})

/** The work: each step's resource, crew, minutes and rate. */
const operationsField = (): Field => ({
  name: 'operations',
  type: 'array',
  admin: { description: 'Drag rows into the order the work is done.' },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'step', type: 'text', required: true },
        {
          name: 'resource',
          type: 'relationship',
          filterOptions: { kind: { equals: 'resource' } },
          relationTo: 'items',
          required: true,
        },
        {
          name: 'resourceType',
          type: 'select',
          defaultValue: 'labor',
          options: ['labor', 'machine', 'overhead', 'other'],
          required: true,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'crewSize',
          type: 'number',
          custom: { decimal: 'positive' },
          defaultValue: 1,
          required: true,
        },
        {
          name: 'minutes',
          type: 'number',
          custom: { decimal: 'positive' },
          admin: { description: 'Per recipe output.' },
          required: true,
        },
        {
          name: 'ratePerHour',
          type: 'number',
          access: { read: fieldCan('boms.viewCosts') },
          min: 0,
        },
      ],
    },
  ],
})

/** Bills of materials: what a product is made of and the operations that make it. */
export function createBomsCollection(options: SanitizedOptions): CollectionConfig {
  return {
    slug: 'boms',
    access: {
      create: can('boms.create'),
      delete: can('boms.delete'),
      read: can('boms.view'),
      update: can('boms.update'),
    },
    admin: bomAdmin(options),
    fields: [
      productRow(),
      outputRow(),
      componentsField(),
      operationsField(),
      {
        name: 'standardCostPanel',
        type: 'ui',
        admin: options.disabled
          ? {}
          : { components: { Field: 'payload-plugin-manufacturing/rsc#BomStandardCost' } },
        label: 'Standard cost',
      },
    ],
    hooks: options.disabled ? {} : { beforeChange: [refuseInvalidRecipe] },
    labels: { plural: 'Bills of materials', singular: 'Bill of materials' },
  }
}
