'use client'

/** Reads codes scanned on the shop floor. */
export function ScanBar() {
  return null
}
