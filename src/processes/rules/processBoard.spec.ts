import { describe, expect, it } from 'vitest'

import { type BoardRun, processBoard } from './processBoard'

const cutting = {
  id: 1,
  name: 'Gem cutting',
  stages: [
    { id: 'a', name: 'Sorting' },
    { id: 'b', name: 'Cutting' },
    { id: 'c', name: 'Polishing' },
  ],
}
const dyeing = { id: 2, name: 'Dyeing', stages: [{ id: 'x', name: 'Soak' }] }
const idle = { id: 3, name: 'Annealing', stages: [{ id: 'y', name: 'Heat' }] }
const run = (id: number, process: number, stage: null | string, startedAt: string): BoardRun => ({
  code: `RUN-${id}`,
  currentStage: stage,
  currentStageName: stage ? `stored ${stage}` : null,
  id,
  process,
  startedAt,
  what: 'Stones',
})

describe('processBoard', () => {
  it('lists the processes with runs under way, by name, each run oldest first', () => {
    const board = processBoard(
      [cutting, dyeing, idle],
      [
        run(1, 1, 'b', '2026-03-02T08:00:00Z'),
        run(2, 2, 'x', '2026-03-01T08:00:00Z'),
        run(3, 1, 'a', '2026-03-01T08:00:00Z'),
      ],
    )
    expect(board.map((row) => [row.process.name, row.runs.map((r) => r.code)])).toEqual([
      ['Dyeing', ['RUN-2']],
      ['Gem cutting', ['RUN-3', 'RUN-1']],
    ])
  })

  it('places each run at its stage by row id, counting from the first stage', () => {
    const [row] = processBoard([cutting], [run(1, 1, 'c', '2026-03-01T08:00:00Z')])
    expect(row!.runs[0]).toMatchObject({ stageName: 'Polishing', stageNumber: 3 })
  })

  it('shows a run with no entries yet as at no stage, and a removed stage by its stored name', () => {
    const [row] = processBoard(
      [cutting],
      [run(1, 1, null, '2026-03-01T08:00:00Z'), run(2, 1, 'gone', '2026-03-02T08:00:00Z')],
    )
    expect(row!.runs.map((r) => [r.stageNumber, r.stageName])).toEqual([
      [null, null],
      [null, 'stored gone'],
    ])
  })
})
