/**
 * Telling a keyboard-wedge scanner from a person: a scanner types its code as keystrokes a few
 * milliseconds apart and ends with Enter; a person types far slower. A burst of printable keys,
 * each within `maxGapMs` of the one before, ended by Enter as fast, is a scan.
 */

/** The slowest gap between a scanner's keystrokes (they come 5–30 ms apart; people type ~150). */
export const maxGapMs = 80

/** The shortest scan: our codes have at least four characters (`EX.1`). */
export const minScanLength = 4

export type KeystrokeState = { chars: string; last: number }

export const noKeystrokes: KeystrokeState = { chars: '', last: Number.NEGATIVE_INFINITY }

/**
 * The state after `key` (a KeyboardEvent's key) at `at` ms, and the code scanned if this Enter
 * ended one. Keys that type nothing (Shift, which a scanner holds for capitals) change nothing.
 */
export function keystroke(
  state: KeystrokeState,
  key: string,
  at: number,
): { scanned?: string; state: KeystrokeState } {
  const fast = at - state.last <= maxGapMs
  if (key === 'Enter') {
    const scanned = fast && state.chars.length >= minScanLength ? state.chars : undefined
    return { scanned, state: noKeystrokes }
  }
  if ([...key].length !== 1) return { state }
  return { state: { chars: fast ? state.chars + key : key, last: at } }
}
