import type { Field, GlobalConfig } from 'payload'

import { forgetCachedWorkflow } from '../hooks/forgetCachedWorkflow'
import { refuseInvalidRules } from '../hooks/refuseInvalidRules'
import { can } from '../../access/access'
import { inventoryActions } from '../rules/planTransition'
import { actionLabels, generalRuleFields } from '../rules/ruleFields'
import type { SanitizedOptions } from '../../options'
import { defaultLayoutField } from '../productionOrderLayouts'

const statusField = (name: string, label: string, description: string): Field => ({
  name,
  type: 'relationship',
  admin: { description },
  label,
  relationTo: 'production-statuses',
})

/** The status at which each kind of stock moves, for every line. */
const generalRulesField = (): Field => ({
  name: 'rules',
  type: 'group',
  admin: {
    description:
      'Each kind of stock moves when a document reaches this status (and moves back if the document goes back before it).',
  },
  fields: [
    {
      type: 'row',
      fields: inventoryActions.map((action) =>
        statusField(
          generalRuleFields[action],
          actionLabels[action],
          action === 'add_products' ? 'Empty: the last status.' : 'Empty: the second status.',
        ),
      ),
    },
  ],
  label: 'General rules',
})

/** Earlier statuses for lines of some categories. */
const conditionalRulesField = (): Field => ({
  name: 'conditionalRules',
  type: 'array',
  admin: {
    description:
      "Lines of these categories move earlier: at a status strictly before the general rule's.",
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'action',
          type: 'select',
          options: inventoryActions.map((value) => ({ label: actionLabels[value], value })),
          required: true,
        },
        {
          name: 'categories',
          type: 'relationship',
          hasMany: true,
          minRows: 1,
          relationTo: 'item-categories',
          required: true,
        },
        {
          name: 'status',
          type: 'relationship',
          relationTo: 'production-statuses',
          required: true,
        },
      ],
    },
  ],
})

/** Factory-wide rules that admins set in the admin UI: when stock moves, and whether it may go negative. */
export function createProductionSettingsGlobal(options: SanitizedOptions): GlobalConfig {
  return {
    slug: 'production-settings',
    access: { read: ({ req }) => Boolean(req.user), update: can('statuses.manage') },
    admin: { group: 'Administration' },
    fields: [
      statusField('defaultStatus', 'Default status for new production', 'Empty: the first status.'),
      generalRulesField(),
      conditionalRulesField(),
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
      defaultLayoutField(),
    ],
    hooks: options.disabled
      ? {}
      : { afterChange: [forgetCachedWorkflow], beforeChange: [refuseInvalidRules] },
  }
}
