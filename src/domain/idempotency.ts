/**
 * Deterministic keys: a posting's key names its source and event; each movement's key adds the
 * line and the part of the line (a line split across lots has several parts).
 */
export const postingKeyOf = (collection: string, id: number | string, event: string): string =>
  `${collection}/${id}/${event}`

export const movementKeyOf = (postingKey: string, line: number, part: number): string =>
  `${postingKey}#${line}.${part}`

/** The line and part a movement key was built from, or null when it is not one. */
export function parseMovementKey(
  key: string,
): { line: number; part: number; postingKey: string } | null {
  const match = /^(.*)#(\d+)\.(\d+)$/.exec(key)
  if (!match) return null
  return { line: Number(match[2]), part: Number(match[3]), postingKey: match[1]! }
}
