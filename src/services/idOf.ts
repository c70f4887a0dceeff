/** The id of a relationship value, whether it arrived populated (`{ id, … }`) or as the id. */
export const idOf = (ref: unknown): number =>
  ref && typeof ref === 'object' ? (ref as { id: number }).id : (ref as number)
