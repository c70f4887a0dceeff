export type BoardStage = { id: string; name: string }

export type BoardProcess = { id: number; name: string; stages: readonly BoardStage[] }

export type BoardRun = {
  code: string
  /** The row id of the furthest stage with recorded entries; null before any. */
  currentStage: null | string
  currentStageName: null | string
  id: number
  process: number
  startedAt: string
  /** What the run makes: its product's name, else its description. */
  what: string
}

/** A run where it is: its stage's position among its process's stages (1-based), and name. */
export type PlacedRun = BoardRun & { stageName: null | string; stageNumber: null | number }

export type BoardRow = { process: BoardProcess; runs: PlacedRun[] }

/**
 * The production module's home: each process with runs under way, by name, with those runs
 * oldest first and where each is. A run's stage is found by its row id (stages keep their ids
 * when reordered or renamed); a stage since removed keeps the name the run recorded.
 */
export function processBoard(
  processes: readonly BoardProcess[],
  runs: readonly BoardRun[],
): BoardRow[] {
  return [...processes]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((process) => ({
      process,
      runs: runs
        .filter((run) => run.process === process.id)
        .sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.id - b.id)
        .map((run) => placeRun(process, run)),
    }))
    .filter((row) => row.runs.length > 0)
}

function placeRun(process: BoardProcess, run: BoardRun): PlacedRun {
  const index = run.currentStage
    ? process.stages.findIndex((stage) => stage.id === run.currentStage)
    : -1
  return {
    ...run,
    stageName: index >= 0 ? process.stages[index]!.name : run.currentStageName,
    stageNumber: index >= 0 ? index + 1 : null,
  }
}
