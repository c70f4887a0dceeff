import type { CollectionConfig, Field, TextFieldSingleValidation } from 'payload'

import { productionFloorField } from '../../inventory/collections/productionFloorField'
import { assignDocumentNumber } from '../../platform/hooks/assignDocumentNumber'
import { lockCompletedRun } from '../hooks/lockCompletedRun'
import { refuseDeletingRecordedRun } from '../hooks/refuseDeletingRecordedRun'
import { refuseSwitchingProcessOfRecordedRun } from '../hooks/refuseSwitchingProcessOfRecordedRun'
import { refuseWritingRunProgress } from '../hooks/refuseWritingRunProgress'
import { can } from '../../access/access'
import type { SanitizedOptions } from '../../options'
import { documentNumberField } from '../../platform/collections/documentNumberField'

const productOrDescription: TextFieldSingleValidation = (value, { siblingData }) =>
  value?.trim() || (siblingData as { product?: unknown }).product
    ? true
    : 'Give a product or a description of what this run makes.'

/**
 * One run of a process: per stage, what went in, what came out and what was lost. The entries
 * are written only by the record actions; status, current stage and completion only by them and
 * by completeRun (hooks refuse them otherwise, rather than dropping them silently).
 */
export function createProductionRunsCollection(options: SanitizedOptions): CollectionConfig {
  return {
    slug: 'production-runs',
    access: {
      create: can('productionRuns.create'),
      delete: can('productionRuns.delete'),
      read: can('productionRuns.view'),
      update: can('productionRuns.update'),
    },
    admin: runAdmin(options),
    defaultSort: '-startedAt',
    fields: [
      documentNumberField('code'),
      ...runSubjectFields(),
      ...runProgressFields(),
      ...runHistoryFields(options),
    ],
    hooks: runHooks(options),
    labels: { plural: 'Production runs', singular: 'Production run' },
  }
}

/** What the run makes, by which process, and where. */
const runSubjectFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: 'process',
        type: 'relationship',
        index: true,
        relationTo: 'processes',
        required: true,
      },
      productionFloorField(
        'location',
        'Inputs are taken from here; outputs and scrap arrive here.',
      ),
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'product', type: 'relationship', relationTo: 'items' },
      { name: 'description', type: 'text', validate: productOrDescription },
    ],
  },
]

/** In the sidebar: when the run started and ended, and the stage it has reached. */
const runProgressFields = (): Field[] => [
  {
    name: 'startedAt',
    type: 'date',
    admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar' },
    defaultValue: () => new Date().toISOString(),
    index: true,
    required: true,
  },
  {
    name: 'status',
    type: 'select',
    admin: { position: 'sidebar', readOnly: true },
    defaultValue: 'in_progress',
    index: true,
    options: [
      { label: 'Under way', value: 'in_progress' },
      { label: 'Completed', value: 'completed' },
    ],
    required: true,
  },
  {
    name: 'currentStageName',
    type: 'text',
    admin: {
      description: 'The furthest stage with recorded entries.',
      position: 'sidebar',
      readOnly: true,
    },
    label: 'Current stage',
  },
  // The current stage's row id in the process (its name above is for people).
  { name: 'currentStage', type: 'text', admin: { hidden: true } },
  {
    name: 'completedAt',
    type: 'date',
    admin: {
      condition: (data) => Boolean(data?.completedAt),
      date: { pickerAppearance: 'dayAndTime' },
      position: 'sidebar',
      readOnly: true,
    },
  },
]

/** What each stage took in, gave out and lost: the summary, the history and the entries. */
const runHistoryFields = (options: SanitizedOptions): Field[] => {
  const component = (name: string) =>
    options.disabled ? {} : { Field: `payload-plugin-manufacturing/${name}` }
  return [
    {
      name: 'summary',
      type: 'ui',
      admin: { components: component('client#StageSummaryField') },
      label: 'Stage summary',
    },
    {
      name: 'history',
      type: 'ui',
      admin: { components: component('rsc#ProductionRunHistory') },
      label: 'Stages and entries',
    },
    {
      name: 'entries',
      type: 'join',
      // The history above shows them per stage; the API returns them with `joins`.
      admin: { hidden: true },
      collection: 'production-run-entries',
      defaultSort: 'recordedAt',
      on: 'run',
    },
  ]
}

/** The run's controls above the form, and its list's columns. */
const runAdmin = (options: SanitizedOptions): CollectionConfig['admin'] => ({
  components: options.disabled
    ? {}
    : {
        edit: {
          beforeDocumentControls: ['payload-plugin-manufacturing/rsc#CompleteRunButton'],
        },
      },
  defaultColumns: [
    'code',
    'process',
    'product',
    'description',
    'currentStageName',
    'status',
    'startedAt',
    'location',
  ],
  group: 'Production',
  listSearchableFields: ['code', 'description'],
  useAsTitle: 'code',
})

/** Only the record actions and completeRun write a run's progress. */
const runHooks = (options: SanitizedOptions): CollectionConfig['hooks'] =>
  options.disabled
    ? {}
    : {
        afterChange: [assignDocumentNumber('RUN', 'code')],
        beforeChange: [
          lockCompletedRun,
          refuseWritingRunProgress,
          refuseSwitchingProcessOfRecordedRun,
        ],
        beforeDelete: [refuseDeletingRecordedRun],
      }
