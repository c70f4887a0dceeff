/**
 * How much a new execution has produced. New production is created in the settings' default
 * status; when that is the last status it is created complete, and what it produced is what was
 * planned unless another quantity is given. Otherwise only a given quantity is kept.
 */
export function producedAtStart<Quantity>(
  startsDone: boolean,
  planned: Quantity,
  produced: null | Quantity | undefined,
): Quantity | undefined {
  if (produced !== null && produced !== undefined) return produced
  return startsDone ? planned : undefined
}
