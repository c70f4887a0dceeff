import type { CollectionBeforeChangeHook } from 'payload'

type Requirement = { id?: null | string; supplyDetail?: null | string; supplyStatus?: unknown }

/**
 * A requirement's supply status follows the material requisitions that serve it (the store
 * writes it); what an API call or a form sends is replaced by the stored value.
 */
export const keepSupplyStatus: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (!Array.isArray(data.requirements)) return data
  const stored = new Map(
    ((operation === 'update' ? originalDoc?.requirements : []) as Requirement[] | undefined)?.map(
      (row) => [row.id, row],
    ),
  )
  data.requirements = (data.requirements as Requirement[]).map((row) => {
    const was = row.id ? stored.get(row.id) : undefined
    return {
      ...row,
      supplyDetail: was?.supplyDetail ?? null,
      supplyStatus: was?.supplyStatus ?? 'not_requested',
    }
  })
  return data
}
