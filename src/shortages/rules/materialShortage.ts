import Big from 'big.js'

import type { Decimal } from '../../platform/rules/decimal'

/**
 * What is missing to make what was planned: the need beyond what is available (on hand less
 * reservations), never negative. Available stock below zero (where negative stock is allowed)
 * adds to it.
 */
export const shortageOf = (required: Decimal, available: Decimal): Decimal => {
  const missing = required.minus(available)
  return missing.gt(0) ? missing : new Big(0)
}
