/**
 * How a production document is named wherever another one links to it: its number and the product
 * it makes (`EX-000042 · Pizza Margherita`), or whichever of the two it has.
 */
export function documentTitle(
  number: null | string | undefined,
  productName: null | string | undefined,
): string {
  const parts = [number?.trim(), productName?.trim()].filter(Boolean)
  return parts.join(' · ')
}
