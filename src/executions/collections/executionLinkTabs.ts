import type { Tab } from 'payload'

import type { SanitizedOptions } from '../../options'
import { refuseRecipeOverride } from '../../workflow/hooks/refuseRecipeOverride'

/**
 * What an execution needs (its requirements, each with its supply status) and what needs it (the
 * executions that consume it): the two tabs that link an execution to others.
 */
export const requirementsTab = (options: SanitizedOptions): Tab => ({
  fields: [
    {
      name: 'supplyOverview',
      type: 'ui',
      admin: {
        components: options.disabled
          ? {}
          : { Field: 'payload-plugin-manufacturing/client#SupplyOverviewField' },
      },
    },
    {
      name: 'requirements',
      type: 'array',
      admin: {
        description:
          'Left empty on create: filled from the recipe. Changing an item or a quantity later needs the override-recipe permission.',
      },
      hooks: {
        beforeValidate: [
          refuseRecipeOverride('executions.overrideRecipe', {
            item: null,
            kind: 'supplied',
            requiredQuantity: null,
          }),
        ],
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'item', type: 'relationship', relationTo: 'items', required: true },
            { name: 'requiredQuantity', type: 'number', min: 0, required: true },
            {
              name: 'kind',
              type: 'select',
              defaultValue: 'supplied',
              options: ['supplied', 'sub_recipe'],
              required: true,
            },
            {
              name: 'supplyStatus',
              type: 'select',
              // Follows the material requisitions (see the store); never typed.
              admin: { readOnly: true },
              defaultValue: 'not_requested',
              options: ['not_requested', 'requisitioned', 'picked', 'issued', 'in_trolley'],
            },
            { name: 'supplyDetail', type: 'text', admin: { readOnly: true } },
            { name: 'childExecution', type: 'relationship', relationTo: 'executions' },
          ],
        },
      ],
    },
  ],
  label: 'Requirements',
})

export const predecessorsTab = (options: SanitizedOptions): Tab => ({
  description: 'The executions that consume this one, and how much each needs.',
  fields: [
    {
      name: 'predecessors',
      type: 'ui',
      admin: {
        components: options.disabled
          ? {}
          : { Field: 'payload-plugin-manufacturing/client#PredecessorsField' },
      },
    },
    {
      name: 'parents',
      type: 'array',
      // Shown by PredecessorsField, linked and with each parent's status.
      admin: { hidden: true, readOnly: true },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'execution',
              type: 'relationship',
              relationTo: 'executions',
              required: true,
            },
            { name: 'requiredQuantity', type: 'number', min: 0, required: true },
          ],
        },
      ],
      label: 'Predecessor executions',
    },
  ],
  label: 'Predecessor executions',
})
