import { PlainCell as PlainCell_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { PermissionsField as PermissionsField_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { LotTracePanel as LotTracePanel_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { LotLabelLink as LotLabelLink_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { PrefillAdjustmentFromLink as PrefillAdjustmentFromLink_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { ReverseAdjustmentButton as ReverseAdjustmentButton_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { SendPurchaseOrderButton as SendPurchaseOrderButton_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { ReceivePurchaseOrderButton as ReceivePurchaseOrderButton_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { CreateExecutionsFromSalesOrderButton as CreateExecutionsFromSalesOrderButton_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { CreateManufacturingOrdersButton as CreateManufacturingOrdersButton_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { BomStandardCost as BomStandardCost_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { AddBomsToInventoryBar as AddBomsToInventoryBar_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { CreateExecutionsButton as CreateExecutionsButton_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { CreateManufacturingOrderButton as CreateManufacturingOrderButton_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { AddToInventoryButton as AddToInventoryButton_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { StatusColorCell as StatusColorCell_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { StatusIconCell as StatusIconCell_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { StatusIconField as StatusIconField_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { FinalStatusControl as FinalStatusControl_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { DeleteStatusButton as DeleteStatusButton_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { StatusBadgeCell as StatusBadgeCell_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { StatusPickerField as StatusPickerField_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { SalesOrderLineField as SalesOrderLineField_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { CostVariance as CostVariance_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { SupplyOverviewField as SupplyOverviewField_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { PredecessorsField as PredecessorsField_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { ExecutionBulkToolbar as ExecutionBulkToolbar_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { RequestMaterialsButton as RequestMaterialsButton_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { PurchaseShortagesButton as PurchaseShortagesButton_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { OrderSubAssembliesButton as OrderSubAssembliesButton_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { RecordWasteButton as RecordWasteButton_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { ReopenExecutionButton as ReopenExecutionButton_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { PlanExecutionsTree as PlanExecutionsTree_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { GenerateExecutionsButton as GenerateExecutionsButton_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { RequestPlanMaterialsButton as RequestPlanMaterialsButton_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { OrderStateCell as OrderStateCell_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { OrderStateField as OrderStateField_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { OrderLocationField as OrderLocationField_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { ProductionOrdersPrintBar as ProductionOrdersPrintBar_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { OrderControls as OrderControls_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { ProductionOrderPdfLink as ProductionOrderPdfLink_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { RequisitionStateCell as RequisitionStateCell_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { RequisitionStateField as RequisitionStateField_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { RequisitionControls as RequisitionControls_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { StoreListFilters as StoreListFilters_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { RequisitionSelectionBar as RequisitionSelectionBar_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { TrolleyContents as TrolleyContents_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { StageRowLabel as StageRowLabel_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { StageChangesField as StageChangesField_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { ProcessesBoard as ProcessesBoard_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { StageSummaryField as StageSummaryField_f519ad4aef7133d1d7667c9e127a8720 } from 'payload-plugin-manufacturing/client'
import { ProductionRunHistory as ProductionRunHistory_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { CompleteRunButton as CompleteRunButton_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { ShopFloorNavLink as ShopFloorNavLink_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { ShopFloorLanding as ShopFloorLanding_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { YourAccess as YourAccess_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { ProductionHome as ProductionHome_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { ShopFloorView as ShopFloorView_a76e04480ce2576a3621b85f87448912 } from 'payload-plugin-manufacturing/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "payload-plugin-manufacturing/client#PlainCell": PlainCell_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/client#PermissionsField": PermissionsField_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/rsc#LotTracePanel": LotTracePanel_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/client#LotLabelLink": LotLabelLink_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/client#PrefillAdjustmentFromLink": PrefillAdjustmentFromLink_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/rsc#ReverseAdjustmentButton": ReverseAdjustmentButton_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/rsc#SendPurchaseOrderButton": SendPurchaseOrderButton_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/rsc#ReceivePurchaseOrderButton": ReceivePurchaseOrderButton_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/rsc#CreateExecutionsFromSalesOrderButton": CreateExecutionsFromSalesOrderButton_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/rsc#CreateManufacturingOrdersButton": CreateManufacturingOrdersButton_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/rsc#BomStandardCost": BomStandardCost_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/rsc#AddBomsToInventoryBar": AddBomsToInventoryBar_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/rsc#CreateExecutionsButton": CreateExecutionsButton_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/rsc#CreateManufacturingOrderButton": CreateManufacturingOrderButton_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/rsc#AddToInventoryButton": AddToInventoryButton_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/client#StatusColorCell": StatusColorCell_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/client#StatusIconCell": StatusIconCell_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/client#StatusIconField": StatusIconField_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/client#FinalStatusControl": FinalStatusControl_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/client#DeleteStatusButton": DeleteStatusButton_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/client#StatusBadgeCell": StatusBadgeCell_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/client#StatusPickerField": StatusPickerField_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/client#SalesOrderLineField": SalesOrderLineField_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/rsc#CostVariance": CostVariance_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/client#SupplyOverviewField": SupplyOverviewField_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/client#PredecessorsField": PredecessorsField_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/rsc#ExecutionBulkToolbar": ExecutionBulkToolbar_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/rsc#RequestMaterialsButton": RequestMaterialsButton_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/rsc#PurchaseShortagesButton": PurchaseShortagesButton_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/rsc#OrderSubAssembliesButton": OrderSubAssembliesButton_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/rsc#RecordWasteButton": RecordWasteButton_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/rsc#ReopenExecutionButton": ReopenExecutionButton_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/rsc#PlanExecutionsTree": PlanExecutionsTree_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/rsc#GenerateExecutionsButton": GenerateExecutionsButton_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/rsc#RequestPlanMaterialsButton": RequestPlanMaterialsButton_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/client#OrderStateCell": OrderStateCell_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/client#OrderStateField": OrderStateField_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/client#OrderLocationField": OrderLocationField_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/client#ProductionOrdersPrintBar": ProductionOrdersPrintBar_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/rsc#OrderControls": OrderControls_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/client#ProductionOrderPdfLink": ProductionOrderPdfLink_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/client#RequisitionStateCell": RequisitionStateCell_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/client#RequisitionStateField": RequisitionStateField_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/rsc#RequisitionControls": RequisitionControls_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/client#StoreListFilters": StoreListFilters_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/client#RequisitionSelectionBar": RequisitionSelectionBar_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/rsc#TrolleyContents": TrolleyContents_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/client#StageRowLabel": StageRowLabel_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/client#StageChangesField": StageChangesField_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/rsc#ProcessesBoard": ProcessesBoard_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/client#StageSummaryField": StageSummaryField_f519ad4aef7133d1d7667c9e127a8720,
  "payload-plugin-manufacturing/rsc#ProductionRunHistory": ProductionRunHistory_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/rsc#CompleteRunButton": CompleteRunButton_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/rsc#ShopFloorNavLink": ShopFloorNavLink_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/rsc#ShopFloorLanding": ShopFloorLanding_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/rsc#YourAccess": YourAccess_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/rsc#ProductionHome": ProductionHome_a76e04480ce2576a3621b85f87448912,
  "payload-plugin-manufacturing/rsc#ShopFloorView": ShopFloorView_a76e04480ce2576a3621b85f87448912,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
