import type { CollectionConfig } from 'payload'

import { readOnlyTo } from '../../access/access'
import { inventoryActions } from '../rules/planTransition'
import type { SanitizedOptions } from '../../options'
import { refuseLocalDeletes, refuseLocalWrites } from '../../ledger'

/**
 * What each production document's status rules have posted, line by line, and the status at which
 * each line fell due: moving back reverses exactly the lines due after the target. Kept apart from
 * the document so a status that is deleted can be re-pointed, and written only by the workflow.
 */
export function createStatusPostingsCollection(options: SanitizedOptions): CollectionConfig {
  return {
    slug: 'status-postings',
    access: readOnlyTo('inventory.view'),
    admin: { group: 'Inventory', hidden: true },
    fields: [
      { name: 'documentCollection', type: 'text', index: true, required: true },
      { name: 'documentId', type: 'number', index: true, required: true },
      { name: 'line', type: 'text', required: true },
      { name: 'action', type: 'select', options: [...inventoryActions], required: true },
      { name: 'item', type: 'relationship', relationTo: 'items', required: true },
      { name: 'quantity', type: 'number', required: true },
      {
        name: 'dueStatus',
        type: 'relationship',
        index: true,
        relationTo: 'production-statuses',
        required: true,
      },
      { name: 'postingKey', type: 'text', required: true },
      // The movements that posted the line, as foreign keys (status_postings_rels): a posting
      // cannot name a movement that does not exist.
      {
        name: 'movements',
        type: 'relationship',
        hasMany: true,
        relationTo: 'stock-movements',
      },
    ],
    hooks: options.disabled
      ? {}
      : { beforeChange: [refuseLocalWrites], beforeDelete: [refuseLocalDeletes] },
    // One record per line and posting: a replayed transition cannot record a line twice.
    indexes: [{ fields: ['documentCollection', 'documentId', 'line', 'postingKey'], unique: true }],
  }
}
