/**
 * The codes printed on the plugin's documents and lot labels, and read back by a scanner: a
 * prefix naming what the code is of, a dot, and the document's or lot's id (`EX.12`, `LT.40`).
 * Short and plain ASCII so a QR code stays small, a Code 128 stays narrow, and a keyboard-wedge
 * scanner types it the same on any keyboard layout. Lots are coded by id because a lot's code is
 * only unique for its item; their labels print the lot's code beside the barcode.
 */

export type ScanKind =
  'execution' | 'lot' | 'manufacturingOrder' | 'materialRequisition' | 'productionRun'

export type ScanTarget = { id: number; kind: ScanKind }

const prefixes: Record<ScanKind, string> = {
  execution: 'EX',
  lot: 'LT',
  manufacturingOrder: 'MO',
  materialRequisition: 'MR',
  productionRun: 'PR',
}

const kindOfPrefix = new Map(Object.entries(prefixes).map(([kind, prefix]) => [prefix, kind]))

/** What each kind is called in a message. */
export const scanKindNames: Record<ScanKind, string> = {
  execution: 'execution',
  lot: 'lot',
  manufacturingOrder: 'manufacturing order',
  materialRequisition: 'material requisition',
  productionRun: 'production run',
}

/** The longest text taken as a scan: what a scanner sends is short; anything longer is not ours. */
export const maxScanLength = 200

/** The code printed for a document or a lot. */
export function encodeScanCode({ id, kind }: ScanTarget): string {
  if (!Number.isSafeInteger(id) || id < 1) throw new RangeError(`not an id: ${id}`)
  return `${prefixes[kind]}.${id}`
}

export type DecodedScan = { ok: true; target: ScanTarget } | { ok: false; problem: string }

/**
 * What a scanned text names. Scanners add spaces or a line end, or type in capitals or not, so
 * those are forgiven; anything else that is not one of our codes is refused with the reason.
 */
export function decodeScanCode(text: string): DecodedScan {
  const value = text.trim()
  if (value === '') return { ok: false, problem: 'is empty: nothing was scanned' }
  if (value.length > maxScanLength)
    return { ok: false, problem: `is too long (${value.length} characters) to be a code` }
  const match = /^([a-z]{2})\.(\d{1,20})$/i.exec(value)
  if (!match) return { ok: false, problem: `"${shorten(value)}" is not a code this system prints` }
  const kind = kindOfPrefix.get(match[1]!.toUpperCase()) as ScanKind | undefined
  if (!kind)
    return { ok: false, problem: `"${shorten(value)}" starts with ${match[1]}, which no code has` }
  const id = Number(match[2])
  if (!Number.isSafeInteger(id) || id < 1 || match[2]!.startsWith('0'))
    return { ok: false, problem: `"${shorten(value)}" names no ${scanKindNames[kind]}` }
  return { ok: true, target: { id, kind } }
}

const shorten = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value)

/**
 * Where what a code names is shown, under the admin route: a document with a shop-floor screen
 * there, a requisition and a lot on their own admin pages.
 */
export function scanTargetPath(adminRoute: string, { id, kind }: ScanTarget): string {
  const base = adminRoute.replace(/\/+$/, '')
  const segment: Record<ScanKind, string> = {
    execution: `shop-floor/executions/${id}`,
    lot: `collections/lots/${id}`,
    manufacturingOrder: `shop-floor/manufacturing-orders/${id}`,
    materialRequisition: `collections/material-requisitions/${id}`,
    productionRun: `shop-floor/production-runs/${id}`,
  }
  return `${base}/${segment[kind]}`
}
