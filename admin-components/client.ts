export { ActionButton } from './ActionButton/index.client'
export { PermissionsField } from './PermissionsField/index.client'
export { ReceivePurchaseOrderControls } from './ReceivePurchaseOrderButton/index.client'
