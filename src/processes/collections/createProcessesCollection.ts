import type { ArrayField, CollectionConfig } from 'payload'

import { refuseDeletingProcessInUse } from '../hooks/refuseDeletingProcessInUse'
import { renameCurrentStageOfRuns } from '../hooks/renameCurrentStageOfRuns'
import { refuseUnconfirmedStageChanges } from '../hooks/refuseUnconfirmedStageChanges'
import { can } from '../../access/access'
import { hasPermission } from '../../access/userPermissions'
import type { SanitizedOptions } from '../../options'

/** Stage names are how operators and history tell stages apart: unique within a process. */
const uniqueStageNames: ArrayField['validate'] = (rows) => {
  const names = (Array.isArray(rows) ? rows : []).map((row) =>
    String((row as { name?: string })?.name ?? '')
      .trim()
      .toLowerCase(),
  )
  const twice = names.find((name, index) => name && names.indexOf(name) !== index)
  return twice ? `Stage names must differ: "${twice}" appears twice.` : true
}

/** The module's home: the runs under way and where each is, above the list of processes. */
const processAdmin = (options: SanitizedOptions): CollectionConfig['admin'] => ({
  components: options.disabled
    ? {}
    : { beforeListTable: ['payload-plugin-manufacturing/rsc#ProcessesBoard'] },
  defaultColumns: ['name', 'description', 'updatedAt'],
  group: 'Production',
  useAsTitle: 'name',
})

/**
 * A multi-stage production process (gemstones, metal parts, textiles): named stages in order.
 * Runs record their entries against a stage's row id, so rows keep their ids when dragged.
 */
export function createProcessesCollection(options: SanitizedOptions): CollectionConfig {
  return {
    slug: 'processes',
    access: {
      create: can('processes.manage'),
      delete: can('processes.manage'),
      // A run shows its process and stages: whoever sees runs sees their processes.
      read: async ({ req }) =>
        (await hasPermission(req, 'processes.view')) || hasPermission(req, 'productionRuns.view'),
      update: can('processes.manage'),
    },
    admin: processAdmin(options),
    fields: [
      { name: 'name', type: 'text', required: true, unique: true },
      { name: 'description', type: 'textarea' },
      {
        name: 'stages',
        type: 'array',
        admin: {
          components: options.disabled
            ? {}
            : { RowLabel: 'payload-plugin-manufacturing/client#StageRowLabel' },
          description: 'In the order material goes through them; drag a stage by its handle.',
        },
        fields: [
          { name: 'name', type: 'text', required: true },
          { name: 'description', type: 'textarea' },
        ],
        labels: { plural: 'Stages', singular: 'Stage' },
        minRows: 1,
        required: true,
        validate: uniqueStageNames,
      },
      {
        // Never stored: the explicit consent that renaming or removing stages with recorded
        // entries needs, the same over REST, GraphQL and the admin.
        name: 'confirm',
        type: 'checkbox',
        admin: {
          components: options.disabled
            ? {}
            : { Field: 'payload-plugin-manufacturing/client#StageChangesField' },
          readOnly: false,
        },
        label: 'Confirm stage changes',
        virtual: true,
      },
      {
        name: 'runs',
        type: 'join',
        admin: { defaultColumns: ['code', 'status', 'currentStageName', 'startedAt'] },
        collection: 'production-runs',
        defaultSort: '-startedAt',
        on: 'process',
      },
    ],
    hooks: options.disabled
      ? {}
      : {
          afterChange: [renameCurrentStageOfRuns],
          beforeChange: [refuseUnconfirmedStageChanges],
          beforeDelete: [refuseDeletingProcessInUse],
        },
    labels: { plural: 'Processes', singular: 'Process' },
  }
}
