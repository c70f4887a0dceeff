import type { Field } from 'payload'

import type { SanitizedOptions } from '../../options'
import { loadWorkflow } from '../workflow'

/** The production status of an execution or a manufacturing order, picked in the sidebar. */
export const statusField = (options: SanitizedOptions): Field => ({
  name: 'status',
  type: 'relationship',
  admin: {
    components: options.disabled
      ? {}
      : {
          Cell: 'payload-plugin-manufacturing/client#StatusBadgeCell',
          Field: 'payload-plugin-manufacturing/client#StatusPickerField',
        },
    position: 'sidebar',
  },
  // The production settings' default status for new production.
  defaultValue: async ({ req }) => (await loadWorkflow(req)).defaultStatus,
  index: true,
  relationTo: 'production-statuses',
  required: true,
})

/** Planned beside actual cost, for an execution, a manufacturing order or a whole plan. */
export const costVarianceField = (options: SanitizedOptions): Field => ({
  name: 'costVariance',
  type: 'ui',
  admin: options.disabled
    ? {}
    : { components: { Field: 'payload-plugin-manufacturing/rsc#CostVariance' } },
  label: 'Planned and actual cost',
})
