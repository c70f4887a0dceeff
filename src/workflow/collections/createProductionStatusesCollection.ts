import type { CollectionConfig, Field } from 'payload'

import { forgetCachedWorkflow } from '../hooks/forgetCachedWorkflow'
import { keepFinalStatus } from '../hooks/keepFinalStatus'
import { moveDocumentsToReplacementStatus } from '../hooks/moveDocumentsToReplacementStatus'
import { refuseReorderBreakingRules } from '../hooks/refuseReorderBreakingRules'
import { can } from '../../access/access'
import { statusColors, statusIcons } from '../rules/statusAppearance'
import type { SanitizedOptions } from '../../options'

/** How a status shows: its colour and icon. */
const appearanceRow = (options: SanitizedOptions): Field => ({
  type: 'row',
  fields: [
    {
      name: 'color',
      type: 'select',
      admin: {
        components: options.disabled
          ? {}
          : { Cell: 'payload-plugin-manufacturing/client#StatusColorCell' },
      },
      defaultValue: 'gray',
      options: Object.keys(statusColors),
      required: true,
    },
    {
      name: 'icon',
      type: 'select',
      admin: {
        components: options.disabled
          ? {}
          : {
              Cell: 'payload-plugin-manufacturing/client#StatusIconCell',
              Field: 'payload-plugin-manufacturing/client#StatusIconField',
            },
      },
      defaultValue: 'clipboard',
      options: [...statusIcons],
      required: true,
    },
  ],
})

/**
 * The workflow every production document follows, in drag order: the first status is where new
 * work starts, the last is done. Inventory rules (production settings) name these statuses.
 */
export function createProductionStatusesCollection(options: SanitizedOptions): CollectionConfig {
  return {
    slug: 'production-statuses',
    access: {
      create: can('statuses.manage'),
      delete: can('statuses.manage'),
      read: ({ req }) => Boolean(req.user),
      update: can('statuses.manage'),
    },
    admin: {
      components: options.disabled
        ? {}
        : {
            beforeListTable: ['payload-plugin-manufacturing/client#FinalStatusControl'],
            edit: {
              beforeDocumentControls: ['payload-plugin-manufacturing/client#DeleteStatusButton'],
            },
          },
      defaultColumns: ['name', 'color', 'icon'],
      description:
        'Drag statuses into order. The first is where new production starts; the last is done, and what is in it is locked. A new status goes before the last one.',
      group: 'Administration',
      useAsTitle: 'name',
    },
    defaultSort: '_order',
    fields: [{ name: 'name', type: 'text', required: true, unique: true }, appearanceRow(options)],
    hooks: options.disabled
      ? {}
      : {
          afterChange: [forgetCachedWorkflow],
          afterDelete: [forgetCachedWorkflow],
          beforeChange: [refuseReorderBreakingRules, keepFinalStatus],
          beforeDelete: [moveDocumentsToReplacementStatus],
        },
    labels: { plural: 'Production statuses', singular: 'Production status' },
    orderable: true,
  }
}
