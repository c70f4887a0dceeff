'use client'
import { useEffect, useState } from 'react'

import { stageToWork } from '../../rules/stationChoices'
import type { RunStationData } from './loadRunStation'

/**
 * The stage the operator works at: the run's current stage until they move on, then the one
 * they moved to, kept on the device (a stage becomes the run's current one with its first entry).
 */
export function useRunStage(data: RunStationData) {
  const storageKey = `shop-floor-run-${data.run.id}-stage`
  const [chosen, setChosen] = useState<null | string>(null)
  useEffect(() => setChosen(window.localStorage.getItem(storageKey)), [storageKey])
  const stage = stageToWork(data.stages, data.run.currentStage, chosen)
  const moveTo = (next: string) => {
    window.localStorage.setItem(storageKey, next)
    setChosen(next)
  }
  return { moveTo, stage }
}
