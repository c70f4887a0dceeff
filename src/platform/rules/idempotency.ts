/**
 * Deterministic keys: a posting's key names its source and event; each movement's key adds the
 * line and the part of the line (a line split across lots has several parts).
 */
export const postingKeyOf = (collection: string, id: number | string, event: string): string => {
  const key = `${collection}/${id}/${event}`
  if (key.startsWith(`${clientNamespace}/`))
    throw new TypeError(`"${clientNamespace}/" begins client keys only (see clientKeyOf)`)
  return key
}

/** The first segment of every client key; no system key begins with it (postingKeyOf refuses). */
export const clientNamespace = 'client'

/**
 * The one place a key a client supplies becomes a ledger key: scoped by who sent it and to which
 * action, `client/<user collection>/<user id>/<action>/<key>`. So a client can never take (and
 * so block) a key the system will post under, nor replay or block another user's posting, while
 * the same user retrying the same action with the same key gets the same ledger key. An action
 * whose postings live under its document prefixes this with the document's event
 * (`purchase-orders/5/receive/client/…`): the system's own events there never begin `client/`.
 */
export const clientKeyOf = (
  user: { collection: string; id: number | string } | null | undefined,
  action: string,
  key: string,
): string =>
  `${clientNamespace}/${user ? `${user.collection}/${user.id}` : 'anonymous/0'}/${action}/${key}`

export const movementKeyOf = (postingKey: string, line: number, part: number): string =>
  `${postingKey}#${line}.${part}`

/**
 * What a client calls a ledger key: the key it sent when clientKeyOf built this one (alone or
 * after a document's event), else the key itself. Answers and errors speak the client's words.
 */
export function spokenKeyOf(key: string): string {
  const match = /^(?:.*?\/)?client\/[^/]+\/[^/]+\/[^/]+\/(.*)$/s.exec(key)
  return match ? match[1]! : key
}

/** The line and part a movement key was built from, or null when it is not one. */
export function parseMovementKey(
  key: string,
): { line: number; part: number; postingKey: string } | null {
  const match = /^(.*)#(\d+)\.(\d+)$/.exec(key)
  if (!match) return null
  return { line: Number(match[2]), part: Number(match[3]), postingKey: match[1]! }
}
