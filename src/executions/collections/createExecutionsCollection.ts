import type { CollectionConfig, Field } from 'payload'

import { assignDocumentNumber } from '../../platform/hooks/assignDocumentNumber'
import { fillRequirementsFromRecipe } from '../hooks/fillRequirementsFromRecipe'
import { postDueInventory } from '../hooks/postDueInventory'
import { refuseDeletingStartedExecution } from '../hooks/refuseDeletingStartedExecution'
import { keepSupplyStatus } from '../hooks/keepSupplyStatus'
import { refuseForbiddenExecutionChanges } from '../hooks/refuseForbiddenExecutionChanges'
import { refuseSalesOrderWithoutLine } from '../hooks/refuseSalesOrderWithoutLine'
import { reverseInventoryOfDeletedDocument } from '../../workflow/hooks/reverseInventoryOfDeletedDocument'
import { can } from '../../access/access'
import type { SanitizedOptions } from '../../options'
import { statusField } from '../../workflow/collections/productionFields'
import { documentNumberField } from '../../platform/collections/documentNumberField'
import { titleField } from '../../platform/collections/titleField'
import { keepDocumentTitle } from '../../platform/hooks/keepDocumentTitle'
import { generalTab } from './executionGeneralTab'
import { predecessorsTab, requirementsTab } from './executionLinkTabs'
import { reopeningsField } from './reopeningsField'

const executionAdmin = (options: SanitizedOptions): CollectionConfig['admin'] => ({
  components: options.disabled
    ? {}
    : {
        beforeListTable: ['payload-plugin-manufacturing/rsc#ExecutionBulkToolbar'],
        edit: {
          beforeDocumentControls: [
            'payload-plugin-manufacturing/rsc#RequestMaterialsButton',
            'payload-plugin-manufacturing/rsc#PurchaseShortagesButton',
            'payload-plugin-manufacturing/rsc#OrderSubAssembliesButton',
            'payload-plugin-manufacturing/rsc#RecordWasteButton',
            'payload-plugin-manufacturing/rsc#ReopenExecutionButton',
          ],
        },
      },
  // What a planner reads first, and all of it fits 1440 px: which one, what, when, how much,
  // where it stands, where (the lot label is one click away in Columns).
  defaultColumns: [
    'code',
    'product',
    'productionDate',
    'plannedQuantity',
    'producedQuantity',
    'status',
    'productionFloor',
  ],
  group: 'Production',
  // The title holds the code and the product's name: the search finds either.
  listSearchableFields: options.disabled
    ? ['code', 'lotLabel', 'productDescription']
    : ['title', 'lotLabel', 'productDescription'],
  // Named by code and product wherever linked (see keepDocumentTitle).
  useAsTitle: options.disabled ? 'code' : 'title',
})

const executionHooks = (options: SanitizedOptions): CollectionConfig['hooks'] =>
  options.disabled
    ? {}
    : {
        afterChange: [
          assignDocumentNumber('EX', 'code'),
          keepDocumentTitle('code'),
          postDueInventory,
        ],
        beforeChange: [
          refuseForbiddenExecutionChanges,
          refuseSalesOrderWithoutLine,
          keepSupplyStatus,
        ],
        beforeDelete: [refuseDeletingStartedExecution, reverseInventoryOfDeletedDocument],
        beforeValidate: [fillRequirementsFromRecipe],
      }

/** The sidebar: the status, the plan it came from and the sales order line it makes. */
const sidebarFields = (options: SanitizedOptions): Field[] => [
  statusField(options),
  {
    name: 'plan',
    type: 'relationship',
    admin: { position: 'sidebar', readOnly: true },
    index: true,
    relationTo: 'production-plans',
  },
  {
    name: 'salesOrder',
    type: 'relationship',
    admin: { description: 'The sales order this execution makes a line of.', position: 'sidebar' },
    index: true,
    relationTo: 'sales-orders',
  },
  {
    name: 'salesOrderLine',
    type: 'text',
    admin: {
      components: options.disabled
        ? {}
        : { Field: 'payload-plugin-manufacturing/client#SalesOrderLineField' },
      description: 'The id of the sales order line this execution makes: needed with the order.',
      position: 'sidebar',
    },
    index: true,
  },
  reopeningsField(options),
]

/**
 * One making of a product on a date: what it needs (requirements) and where it is in the
 * status workflow. Saving it posts whatever the status rules say is due at its status.
 */
export function createExecutionsCollection(options: SanitizedOptions): CollectionConfig {
  return {
    slug: 'executions',
    access: {
      create: can('executions.create'),
      delete: can('executions.delete'),
      read: can('executions.view'),
      update: can('executions.update'),
    },
    admin: executionAdmin(options),
    fields: [
      documentNumberField('code'),
      titleField('code'),
      ...sidebarFields(options),
      {
        type: 'tabs',
        tabs: [generalTab(options), requirementsTab(options), predecessorsTab(options)],
      },
    ],
    hooks: executionHooks(options),
    labels: { plural: 'Executions', singular: 'Execution' },
  }
}
