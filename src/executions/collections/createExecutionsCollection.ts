import type { CollectionConfig } from 'payload'

import { assignDocumentNumber } from '../../platform/hooks/assignDocumentNumber'
import { fillRequirementsFromRecipe } from '../hooks/fillRequirementsFromRecipe'
import { postDueInventory } from '../hooks/postDueInventory'
import { refuseDeletingStartedExecution } from '../hooks/refuseDeletingStartedExecution'
import { keepSupplyStatus } from '../hooks/keepSupplyStatus'
import { refuseForbiddenExecutionChanges } from '../hooks/refuseForbiddenExecutionChanges'
import { reverseInventoryOfDeletedDocument } from '../../workflow/hooks/reverseInventoryOfDeletedDocument'
import { can, fieldCan } from '../../access/access'
import type { SanitizedOptions } from '../../options'
import { productField } from '../../recipes/collections/productField'
import { refuseRecipeOverride } from '../../workflow/hooks/refuseRecipeOverride'
import { loadWorkflow } from '../../workflow/workflow'
import { documentNumberField } from '../../platform/collections/documentNumberField'
import { predecessorsTab, requirementsTab } from './executionLinkTabs'

const byWorkflow = { create: () => false, update: () => false }

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
    admin: {
      components: options.disabled
        ? {}
        : {
            beforeListTable: [
              'payload-plugin-manufacturing/client#ExecutionListFilters',
              'payload-plugin-manufacturing/rsc#ExecutionBulkToolbar',
            ],
            edit: {
              beforeDocumentControls: [
                'payload-plugin-manufacturing/rsc#RequestMaterialsButton',
                'payload-plugin-manufacturing/rsc#PurchaseShortagesButton',
                'payload-plugin-manufacturing/rsc#OrderSubAssembliesButton',
                'payload-plugin-manufacturing/rsc#RecordWasteButton',
              ],
            },
          },
      defaultColumns: [
        'code',
        'lotLabel',
        'product',
        'productDescription',
        'productionDate',
        'plannedQuantity',
        'producedQuantity',
        'status',
        'productionFloor',
        'salesOrder',
        'createdAt',
      ],
      group: 'Production',
      listSearchableFields: ['code', 'lotLabel', 'productDescription'],
      useAsTitle: 'code',
    },
    fields: [
      documentNumberField('code'),
      {
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
      },
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
        admin: { position: 'sidebar', readOnly: true },
        index: true,
        relationTo: 'sales-orders',
      },
      {
        name: 'salesOrderLine',
        type: 'text',
        admin: {
          description: 'The id of the sales order line this execution makes.',
          position: 'sidebar',
          readOnly: true,
        },
        index: true,
      },
      {
        type: 'tabs',
        tabs: [
          {
            fields: [
              {
                type: 'row',
                fields: [
                  productField(refuseRecipeOverride('executions.overrideRecipe')),
                  { name: 'lotLabel', type: 'text', index: true },
                  {
                    name: 'productDescription',
                    type: 'text',
                    admin: { description: "Empty: the product's name." },
                  },
                ],
              },
              {
                type: 'row',
                fields: [
                  {
                    name: 'productionDate',
                    type: 'date',
                    admin: { date: { pickerAppearance: 'dayOnly' } },
                    index: true,
                    required: true,
                  },
                  {
                    name: 'plannedQuantity',
                    type: 'number',
                    custom: { decimal: 'positive' },
                    min: 0,
                    required: true,
                  },
                  {
                    name: 'producedQuantity',
                    type: 'number',
                    admin: {
                      description: 'Needed to complete; products are added at this quantity.',
                    },
                    min: 0,
                  },
                ],
              },
              {
                type: 'row',
                fields: [
                  {
                    name: 'productionFloor',
                    type: 'relationship',
                    admin: { description: 'Materials are used from here and products added here.' },
                    filterOptions: { kind: { equals: 'production_floor' } },
                    relationTo: 'locations',
                    required: true,
                  },
                  {
                    name: 'bom',
                    type: 'relationship',
                    admin: {
                      description:
                        "Empty: the product's active recipe. Changing it later needs the override-recipe permission.",
                    },
                    hooks: { beforeValidate: [refuseRecipeOverride('executions.overrideRecipe')] },
                    label: 'BOM',
                    relationTo: 'boms',
                  },
                ],
              },
              {
                type: 'row',
                fields: [
                  {
                    name: 'startDate',
                    type: 'date',
                    admin: { date: { pickerAppearance: 'dayOnly' } },
                  },
                  {
                    name: 'expectedDate',
                    type: 'date',
                    admin: {
                      date: { pickerAppearance: 'dayOnly' },
                      description: 'When it should be done (a sales order: its deadline).',
                    },
                  },
                  {
                    name: 'employee',
                    type: 'relationship',
                    admin: { description: 'Who is responsible for it.' },
                    relationTo: options.usersCollection as 'users',
                  },
                  { name: 'customer', type: 'relationship', index: true, relationTo: 'customers' },
                ],
              },
              { name: 'note', type: 'textarea' },
              {
                name: 'costs',
                type: 'group',
                access: { read: fieldCan('executions.viewCosts') },
                fields: [
                  {
                    type: 'row',
                    fields: [
                      {
                        name: 'materialCost',
                        type: 'number',
                        access: byWorkflow,
                        admin: { readOnly: true },
                      },
                      {
                        name: 'unitCost',
                        type: 'number',
                        access: byWorkflow,
                        admin: { readOnly: true },
                      },
                    ],
                  },
                ],
              },
              {
                name: 'costVariance',
                type: 'ui',
                admin: options.disabled
                  ? {}
                  : { components: { Field: 'payload-plugin-manufacturing/rsc#CostVariance' } },
                label: 'Planned and actual cost',
              },
            ],
            label: 'General',
          },
          requirementsTab(options),
          predecessorsTab(options),
        ],
      },
    ],
    hooks: options.disabled
      ? {}
      : {
          afterChange: [assignDocumentNumber('EX', 'code'), postDueInventory],
          beforeChange: [refuseForbiddenExecutionChanges, keepSupplyStatus],
          beforeDelete: [refuseDeletingStartedExecution, reverseInventoryOfDeletedDocument],
          beforeValidate: [fillRequirementsFromRecipe],
        },
    labels: { plural: 'Executions', singular: 'Execution' },
  }
}
