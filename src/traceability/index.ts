/** Lot traceability: what other capabilities use of it. */
export { type LotTrace, lotTraceOf } from './lotTraceOf'
export { recallRows } from './rules/recallRows'
