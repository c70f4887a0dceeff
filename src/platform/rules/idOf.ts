/** The id of a relationship value, whether it arrived populated (`{ id, … }`) or as the id. */
export const idOf = (ref: unknown): number =>
  ref && typeof ref === 'object' ? (ref as { id: number }).id : (ref as number)

/** The id of a relationship value, or null when it is empty. */
export const refOf = (ref: unknown): null | number => (ref ? idOf(ref) : null)
