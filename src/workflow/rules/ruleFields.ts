/** How each inventory action is named to people, in the settings and in refusals. */
export const actionLabels = {
  add_products: 'Add manufactured products',
  deduct_materials: 'Deduct used materials',
  deduct_products: 'Deduct used products',
  deduct_resources: 'Deduct used resources',
} as const

/** The general rules' field names, one per inventory action. */
export const generalRuleFields = {
  add_products: 'addProducts',
  deduct_materials: 'deductMaterials',
  deduct_products: 'deductProducts',
  deduct_resources: 'deductResources',
} as const
