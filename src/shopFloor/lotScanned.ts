/**
 * The window event the shop floor's scan bar sends when it reads a lot's code, for the station on
 * screen to pick that lot for its current step.
 */
export const lotScannedEvent = 'manufacturing:lot-scanned'

export type LotScannedDetail = { code: string; itemId: number; lotId: number }

export type LotScannedEvent = CustomEvent<LotScannedDetail>

/** Tells the station on screen that a lot was scanned. */
export const announceLotScanned = (detail: LotScannedDetail) =>
  window.dispatchEvent(new CustomEvent<LotScannedDetail>(lotScannedEvent, { detail }))

/** Calls `onLot` for every lot scanned until the returned function is called. */
export function onLotScanned(onLot: (detail: LotScannedDetail) => void): () => void {
  const listener = (event: Event) => onLot((event as LotScannedEvent).detail)
  window.addEventListener(lotScannedEvent, listener)
  return () => window.removeEventListener(lotScannedEvent, listener)
}
