export { ReceivePurchaseOrderButton } from './ReceivePurchaseOrderButton'
export { ReverseAdjustmentButton } from './ReverseAdjustmentButton'
export { YourAccess } from './YourAccess'
export { GenerateExecutionsButton } from './GenerateExecutionsButton'
