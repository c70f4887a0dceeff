import { describe, expect, it } from 'vitest'

import { type PlanTreeExecution, planTreeRows } from './planTree'

const execution = (
  id: number,
  title: string,
  parents: [number, number][] = [],
  plannedQuantity = 1,
): PlanTreeExecution => ({
  id,
  parents: parents.map(([execution, requiredQuantity]) => ({ execution, requiredQuantity })),
  plannedQuantity,
  producedQuantity: null,
  status: 1,
  title,
})

const outline = (rows: ReturnType<typeof planTreeRows>) =>
  rows.map(
    (r) =>
      `${'  '.repeat(r.depth)}${r.title}${r.neededAbove === null ? '' : ` (${r.neededAbove})`}${
        r.sharedBy > 1 ? ` shared by ${r.sharedBy}` : ''
      }${r.repeated ? ' again' : ''}`,
  )

describe('planTreeRows', () => {
  it('puts each sub-recipe under the execution that consumes it, through every level', () => {
    const rows = planTreeRows([
      execution(3, 'C', [[2, 18]], 18),
      execution(1, 'Top', [], 3),
      execution(2, 'B', [[1, 6]], 6),
    ])
    expect(outline(rows)).toEqual(['Top', '  B (6)', '    C (18)'])
    expect(rows.map((r) => r.plannedQuantity)).toEqual([3, 6, 18])
  })

  it('shows a shared sub-recipe in full once and as a repeated line under its other consumers', () => {
    const rows = planTreeRows([
      execution(1, 'Pizza'),
      execution(2, 'Lasagna'),
      execution(3, 'Sauce', [
        [1, 0.5],
        [2, 1.5],
      ]),
      execution(4, 'Tomato base', [[3, 2]]),
    ])
    expect(outline(rows)).toEqual([
      'Pizza',
      '  Sauce (0.5) shared by 2',
      '    Tomato base (2)',
      'Lasagna',
      '  Sauce (1.5) shared by 2 again',
    ])
  })

  it('puts an execution whose consumers are not in the plan at the top', () => {
    expect(outline(planTreeRows([execution(5, 'Orphan', [[99, 1]])]))).toEqual(['Orphan'])
  })

  it('lists every execution even when the links loop', () => {
    const rows = planTreeRows([execution(1, 'A', [[2, 1]]), execution(2, 'B', [[1, 1]])])
    expect(outline(rows)).toEqual(['A', '  B (1)', '    A (1) again'])
  })

  it('answers nothing for a plan without executions', () => {
    expect(planTreeRows([])).toEqual([])
  })
})
