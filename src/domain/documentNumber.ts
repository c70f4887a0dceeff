/** A document's number from its id, `<prefix>-000042`: unique without a counter to contend on. */
export const documentNumber = (prefix: string, id: number): string =>
  `${prefix}-${String(id).padStart(6, '0')}`
