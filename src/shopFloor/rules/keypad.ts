export type KeypadKey = '.' | '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | 'delete'

/** The most digits a figure takes: more than any quantity on a shop floor. */
const maxDigits = 12

/**
 * The figure after a key is pressed: digits append (a lone leading zero is replaced), one decimal
 * point at most, delete takes the last character off.
 */
export function pressKey(value: string, key: KeypadKey): string {
  if (key === 'delete') return value.slice(0, -1)
  if (value.replace('.', '').length >= maxDigits) return value
  if (key === '.') return value.includes('.') ? value : `${value || '0'}.`
  return value === '0' ? key : value + key
}
