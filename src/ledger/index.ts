/**
 * The inventory ledger: the only code that writes stock movements and balances, and the only code
 * that reads their tables; the rest of the plugin asks its named reads (queries/).
 *
 * Guarantees (each asserted in code and tested both ways):
 * 1. Double entry: every movement goes from one location to another; virtual locations are the
 *    other side of receipts, consumption, production, losses and adjustments, so for every item
 *    the sum of on-hand over all locations is zero.
 * 2. A posting runs in the caller's transaction (`req`), or, when the request has none (a custom
 *    endpoint, a bare Local API request), in one it opens and commits itself: without one, the
 *    locks below would be released statement by statement and concurrent postings would
 *    overdraw. It locks the items it moves (by id), then the balance rows it touches
 *    (`SELECT … FOR NO KEY UPDATE`, ordered by item, location, lot), so concurrent postings
 *    serialize in Postgres, across any number of app servers, without deadlock. Callers that
 *    lock documents too lock them first, by id (see the README).
 * 3. Idempotent: a posting has a key; each movement's key derives from it. Posting the same key
 *    again writes nothing; the same key with different lines is refused (409).
 * 4. Immutable: movements are never updated or deleted; a correction is a reversing movement.
 *    The database enforces it (triggers and CHECK constraints, see ledgerGuards.ts), and
 *    verifyLedger recomputes every balance from the movements.
 * 5. Exact: Postgres numeric and decimal arithmetic; no float ever touches a quantity or cost.
 * 6. Negative stock is a policy (default refuse): a refused posting writes nothing and names the
 *    item, the location, what is available and what was required.
 * 7. Lots: FIFO / LIFO by receipt time among available lots, or the lots the caller names; a
 *    reversal returns exactly the lots it took.
 * 8. Cost: a movement carries the unit cost of the lot it moved.
 */
export { findPosting, post } from './post'
export type {
  NewLotInput,
  PostedMovement,
  Posting,
  PostingLineInput,
  PostingResult,
} from './postingTypes'
export { reverse } from './reverse'
export { clientPostingKey } from './clientPostingKey'
export { ensureLedgerGuards } from './ensureLedgerGuards'
export { withLedgerChecks } from './declareLedgerChecks'
export { refuseLocalDeletes, refuseLocalWrites } from './hooks/refuseLedgerWrites'
export { createStockBalancesCollection } from './collections/createStockBalancesCollection'
export { createStockMovementsCollection } from './collections/createStockMovementsCollection'
export { postStockMovements } from './actions/postStockMovements'
export { reverseStockMovements } from './actions/reverseStockMovements'
export { verifyLedger } from './actions/verifyLedger'
export { consumedCost, outputUnitCost } from './rules/costing'
export { type LotCandidate, type LotStrategy, type Pick, pickLots } from './rules/lotPicking'
export { allocatePreferred, type LotQuantity } from './rules/preferredLots'
export { locationKinds, type VirtualRole, virtualRoles } from './rules/movementRules'
export {
  pickableAt,
  pickableInWarehouses,
  itemsAvailableAt,
  lockReservable,
} from './queries/availableAt'
export { consumedByStatusPostings, lastReceiptCosts } from './queries/costsOf'
export {
  type FigureScope,
  onHandValueByLocation,
  producedByDay,
  type ProducedCost,
  producedCostByItem,
} from './queries/dashboardFigures'
export { lineCostsAt, lineLotsUsedAt } from './queries/lineTotals'
export {
  type LotAt,
  lotOnHand,
  lotsAt,
  lotsAvailableAt,
  lotsOnHand,
  lotsOnHandAt,
} from './queries/lotsAt'
export { movementCountOf, postingCountUnder } from './queries/movementCounts'
export {
  type Consumption,
  consumptionOf,
  type KeyedMovement,
  type MovementFacts,
  movementsByIds,
  movementsUnder,
} from './queries/movementsOf'
export { type Reservation, reservationsOf } from './queries/reservationsOf'
export { stockAt, type StockRow } from './queries/stockAt'
export {
  flowsOfDocumentsMoving,
  lotsOnHandByLocation,
  type ProductionFlow,
} from './queries/productionFlows'
