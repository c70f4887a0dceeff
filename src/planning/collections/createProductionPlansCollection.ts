import type { CollectionConfig, Field } from 'payload'

import { productionFloorField } from '../../inventory/collections/productionFloorField'
import { can } from '../../access/access'
import type { SanitizedOptions } from '../../options'
import { costVarianceField } from '../../workflow/collections/productionFields'
import { productField } from '../../recipes/collections/productField'

/**
 * What to make on which day. "Generate executions" explodes the lines through every recipe level
 * into linked executions; generating again updates those that have not started.
 */
export function createProductionPlansCollection(options: SanitizedOptions): CollectionConfig {
  return {
    slug: 'production-plans',
    access: {
      create: can('productionPlans.create'),
      delete: can('productionPlans.delete'),
      read: can('productionPlans.view'),
      update: can('productionPlans.update'),
    },
    admin: planAdmin(options),
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', type: 'text', required: true },
          {
            name: 'date',
            type: 'date',
            admin: { date: { pickerAppearance: 'dayOnly' } },
            required: true,
          },
          productionFloorField('productionFloor', 'Where the generated executions run.'),
        ],
      },
      ...planLineFields(),
      {
        name: 'generatedExecutions',
        type: 'ui',
        admin: options.disabled
          ? {}
          : { components: { Field: 'payload-plugin-manufacturing/rsc#PlanExecutionsTree' } },
        label: 'Generated executions',
      },
      ...planGenerationFields(options),
    ],
    labels: { plural: 'Production plans', singular: 'Production plan' },
  }
}

/** What to make: a product and a quantity per line, on the plan's day unless a line names another. */
const planLineFields = (): Field[] => [
  {
    name: 'lines',
    type: 'array',
    fields: [
      {
        type: 'row',
        fields: [
          productField(),
          {
            name: 'quantity',
            type: 'number',
            custom: { decimal: 'positive' },
            min: 0,
            required: true,
          },
          {
            name: 'date',
            type: 'date',
            admin: {
              date: { pickerAppearance: 'dayOnly' },
              description: "Empty: the plan's date.",
            },
          },
        ],
      },
    ],
    minRows: 1,
  },
]

/** What generating does and where it stands: materials to request, cost variance, progress. */
const planGenerationFields = (options: SanitizedOptions): Field[] => [
  {
    name: 'requestMaterials',
    type: 'checkbox',
    admin: {
      description:
        'Raise material requisitions from the store for the executions each generation writes.',
    },
    defaultValue: false,
    label: 'Request materials when generating',
  },
  costVarianceField(options),
  {
    name: 'generation',
    type: 'group',
    admin: {
      description: 'Progress of a generation queued on the jobs queue (large plans).',
      position: 'sidebar',
      readOnly: true,
    },
    fields: [
      { name: 'state', type: 'select', options: ['queued', 'running', 'done', 'failed'] },
      { name: 'done', type: 'number', admin: { description: 'Executions written so far.' } },
      { name: 'total', type: 'number' },
      { name: 'message', type: 'text' },
    ],
  },
]

/** The plan's generate and request buttons, and its list's columns. */
const planAdmin = (options: SanitizedOptions): CollectionConfig['admin'] => ({
  components: options.disabled
    ? {}
    : {
        edit: {
          beforeDocumentControls: [
            'payload-plugin-manufacturing/rsc#GenerateExecutionsButton',
            'payload-plugin-manufacturing/rsc#RequestPlanMaterialsButton',
          ],
        },
      },
  defaultColumns: ['name', 'date', 'productionFloor', 'updatedAt'],
  group: 'Production',
  useAsTitle: 'name',
})
