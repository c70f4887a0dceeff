/** What the signed-in user may do from the list: each tool shows only with its permission. */
export type BulkPermissions = {
  create: boolean
  delete: boolean
  moveDate: boolean
  requestMaterials: boolean
  update: boolean
}
