export { ActionButton } from './platform/components/ActionButton/index.client'
export { PermissionsField } from './access/components/PermissionsField/index.client'
export { ReceivePurchaseOrderControls } from './trade/components/ReceivePurchaseOrderButton/index.client'
export { SendPurchaseOrderControls } from './trade/components/SendPurchaseOrderButton/index.client'
export { DeleteStatusButton } from './workflow/components/DeleteStatusButton/index.client'
export { StatusBadgeCell } from './workflow/components/StatusBadgeCell/index.client'
export { StatusColorCell } from './workflow/components/StatusColorCell/index.client'
export { FinalStatusControl } from './workflow/components/FinalStatusControl/index.client'
export { StatusIconCell, StatusIconField } from './workflow/components/StatusIconField/index.client'
export { StatusPickerField } from './workflow/components/StatusPickerField/index.client'
export { ExecutionListFilters } from './executions/components/ExecutionListFilters/index.client'
export { CompleteRunControl } from './processes/components/CompleteRunButton/index.client'
export { ProductionRunHistoryClient } from './processes/components/ProductionRunHistory/index.client'
export { StageChangesField } from './processes/components/StageChangesField/index.client'
export { StageRowLabel } from './processes/components/StageRowLabel/index.client'
export { StageSummaryField } from './processes/components/StageSummaryField/index.client'
export { ExecutionBulkActions } from './executions/components/ExecutionBulkActions/index.client'
export { SupplyOverviewField } from './executions/components/ExecutionLinks/SupplyOverviewField'
export { PredecessorsField } from './executions/components/ExecutionLinks/PredecessorsField'
export { SalesOrderLineField } from './executions/components/SalesOrderLineField/index.client'
export { BomLinesControl } from './workflow/components/BomLinesDialog/index.client'
export { AddToInventoryControl } from './executions/components/AddToInventoryButton/index.client'
export { MakeToOrderControl } from './workflow/components/MakeToOrderControl/index.client'
export { PurchaseShortagesControl } from './shortages/components/PurchaseShortagesButton/index.client'
export { RecordWasteLink } from './executions/components/RecordWasteButton/index.client'
export { ReopenExecutionControl } from './executions/components/ReopenExecutionButton/index.client'
export { PrefillAdjustmentFromLink } from './inventory/components/PrefillAdjustmentFromLink/index.client'
export {
  OrderStateCell,
  OrderStateField,
} from './manufacturingOrders/components/OrderStateBadge/index.client'
export { OrderControlsClient } from './manufacturingOrders/components/OrderControls/index.client'
export { OrderLocationField } from './manufacturingOrders/components/OrderLocationField/index.client'
export { OrderSubAssembliesControl } from './shortages/components/OrderSubAssembliesButton/index.client'
export { BomStandardCostPanel } from './recipes/components/BomStandardCost/index.client'
export { CostVariancePanel } from './planning/components/CostVariance/index.client'
export {
  RequisitionStateBadge,
  RequisitionStateCell,
  RequisitionStateField,
} from './store/components/RequisitionStateBadge/index.client'
export { RequisitionControlsClient } from './store/components/RequisitionControls/index.client'
export { RequisitionSelectionBar } from './store/components/RequisitionListTools/index.client'
export { StoreListFilters } from './store/components/StoreListFilters/index.client'
export { RequestMaterialsControl } from './executions/components/RequestMaterialsButton/index.client'
export {
  ProductionOrderPdfLink,
  ProductionOrdersPrintBar,
} from './documents/components/ProductionOrderPrint/index.client'
export { LotLabelLink } from './documents/components/LotLabelLink/index.client'
export {
  LocationValueChart,
  PlannedProducedChart,
  ProductCostChart,
  StageLossesChart,
} from './dashboard/charts/index.client'
export { PlainCell } from './platform/components/PlainCell/index.client'
