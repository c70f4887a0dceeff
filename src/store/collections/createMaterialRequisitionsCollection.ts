import type { CollectionConfig, Field } from 'payload'

import { can } from '../../access/access'
import type { SanitizedOptions } from '../../options'
import { documentNumberField } from '../../platform/collections/documentNumberField'
import { assignDocumentNumber } from '../../platform/hooks/assignDocumentNumber'
import { requisitionStates } from '../rules/requisitionLines'
import { requisitionLinesField } from './requisitionLinesField'

const requisitionAdmin = (options: SanitizedOptions): CollectionConfig['admin'] => ({
  components: options.disabled
    ? {}
    : {
        beforeListTable: [
          {
            clientProps: { collection: 'material-requisitions' },
            path: 'payload-plugin-manufacturing/client#StoreListFilters',
          },
          'payload-plugin-manufacturing/client#RequisitionSelectionBar',
        ],
        // What the store cannot supply for the executions it serves, bought from here too.
        edit: {
          beforeDocumentControls: ['payload-plugin-manufacturing/rsc#PurchaseShortagesButton'],
        },
      },
  defaultColumns: ['code', 'state', 'floor', 'productionDate', 'source', 'executions', 'trolley'],
  description: 'Open requisitions are the store’s queue: pick, issue to the floor, stage.',
  group: 'Store',
  listSearchableFields: ['code'],
  useAsTitle: 'code',
})

/** Where the requisition stands, written by the store's actions only. */
const stateField = (options: SanitizedOptions): Field => ({
  name: 'state',
  type: 'select',
  admin: {
    position: 'sidebar',
    readOnly: true,
    ...(options.disabled
      ? {}
      : {
          components: {
            Cell: 'payload-plugin-manufacturing/client#RequisitionStateCell',
            Field: 'payload-plugin-manufacturing/client#RequisitionStateField',
          },
        }),
  },
  defaultValue: 'requested',
  index: true,
  options: [...requisitionStates],
  required: true,
})

/** From which store to which floor, for which day, and for whom. */
const routeFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: 'source',
        type: 'relationship',
        admin: { readOnly: true },
        label: 'From (store)',
        relationTo: 'locations',
        required: true,
      },
      {
        name: 'floor',
        type: 'relationship',
        admin: { readOnly: true },
        index: true,
        label: 'To (production floor)',
        relationTo: 'locations',
        required: true,
      },
      {
        name: 'productionDate',
        type: 'date',
        admin: { date: { pickerAppearance: 'dayOnly' }, readOnly: true },
        index: true,
      },
    ],
  },
  {
    name: 'executions',
    type: 'relationship',
    admin: { readOnly: true },
    hasMany: true,
    relationTo: 'executions',
  },
  {
    name: 'plan',
    type: 'relationship',
    admin: { position: 'sidebar', readOnly: true },
    relationTo: 'production-plans',
  },
  {
    name: 'trolley',
    type: 'relationship',
    admin: { position: 'sidebar', readOnly: true },
    relationTo: 'trolleys',
  },
]

/**
 * A request to the store for the materials of one or more executions on one floor and day.
 * Written only by the store's actions (requestMaterials, pickRequisition, issueRequisition,
 * stageTrolley, cancelRequisition, returnToStore): every quantity follows the ledger's movements.
 */
export function createMaterialRequisitionsCollection(options: SanitizedOptions): CollectionConfig {
  return {
    slug: 'material-requisitions',
    access: {
      create: () => false,
      delete: () => false,
      read: can('requisitions.view'),
      update: () => false,
    },
    admin: requisitionAdmin(options),
    defaultSort: 'productionDate',
    fields: [
      documentNumberField('code'),
      stateField(options),
      ...routeFields(),
      {
        name: 'storeActions',
        type: 'ui',
        admin: {
          components: options.disabled
            ? {}
            : { Field: 'payload-plugin-manufacturing/rsc#RequisitionControls' },
        },
      },
      requisitionLinesField(),
      {
        // The client's idempotency key, scoped by user: asking twice raises nothing twice.
        name: 'requestKey',
        type: 'text',
        access: { read: () => false },
        admin: { hidden: true },
        index: true,
      },
    ],
    hooks: options.disabled ? {} : { afterChange: [assignDocumentNumber('REQ', 'code')] },
    labels: { plural: 'Material requisitions', singular: 'Material requisition' },
  }
}
