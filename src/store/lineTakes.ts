import { invalid, invalidEach } from '../platform/errors'
import type { Requisition, RequisitionLine } from './requisitions'
import {
  chooseTakes,
  type LotAmount,
  type Take as LineTake,
  type TakeWords,
} from './rules/lineTakes'

export type { LotAmount }
export type Take = LineTake<RequisitionLine>

/**
 * The lots a step (issue, return) takes from a requisition's lines, as `rules/lineTakes` chooses
 * them; a request asking nothing, or asking wrong, is one 400.
 */
export function takesOrRefuse(
  requisition: Requisition,
  lines: unknown,
  lotsOf: (line: RequisitionLine) => LotAmount[],
  words: TakeWords,
): Take[] {
  const rows = requisition.lines ?? []
  const { nothing, problems, takes } = chooseTakes(requisition.code, rows, lines, lotsOf, words)
  if (nothing) throw invalid('lines', `${requisition.code} ${words.nothing}`)
  if (problems.length > 0) throw invalidEach(problems)
  return takes
}
