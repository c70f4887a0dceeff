import type { ServerProps } from 'payload'

import React from 'react'

import { userHolds } from '../../../access/components/userHolds'
import type { BoardRow, PlacedRun } from '../../rules/processBoard'
import { loadProcessBoard } from './loadProcessBoard'

const muted = { color: 'var(--theme-elevation-500)' }
const cell = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '6px 12px 6px 0' }

/**
 * The production module's home, above the processes list: each process with runs under way, and
 * where each run is among the process's stages. Shown to users who may see runs.
 */
export async function ProcessesBoard({ payload, user }: ServerProps) {
  if (!user || !(await userHolds(payload, user, 'productionRuns.view'))) return null
  const board = await loadProcessBoard(payload, user)
  const admin = payload.config.routes.admin
  return (
    <section data-testid="processes-board" style={{ marginBottom: 32 }}>
      <h3 style={{ margin: '0 0 8px' }}>Runs under way</h3>
      {board.length === 0 && <p style={muted}>No run is under way.</p>}
      {board.map((row) => (
        <ProcessRuns admin={admin} key={row.process.id} row={row} />
      ))}
    </section>
  )
}

function ProcessRuns({ admin, row }: { admin: string; row: BoardRow }) {
  const { process } = row
  return (
    <div data-process={process.name} style={{ marginBottom: 20 }}>
      <h4 style={{ margin: '12px 0 6px' }}>
        <a href={`${admin}/collections/processes/${process.id}`}>{process.name}</a>{' '}
        <span style={muted}>
          · {row.runs.length} {row.runs.length === 1 ? 'run' : 'runs'}
        </span>
      </h4>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr style={{ textAlign: 'left' }}>
            <th style={cell}>Run</th>
            <th style={cell}>Makes</th>
            <th style={cell}>Stage</th>
            <th style={cell}>Started</th>
          </tr>
        </thead>
        <tbody>
          {row.runs.map((run) => (
            <tr data-run={run.code} key={run.id}>
              <td style={cell}>
                <a href={`${admin}/collections/production-runs/${run.id}`}>{run.code}</a>
              </td>
              <td style={cell}>{run.what}</td>
              <td data-column="stage" style={cell}>
                <StageStrip count={process.stages.length} run={run} />
              </td>
              <td style={cell}>{run.startedAt.slice(0, 10)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** "Cutting (2 of 4)", or that nothing is recorded yet. */
function StageStrip({ count, run }: { count: number; run: PlacedRun }) {
  if (!run.stageName) return <span style={muted}>Not started</span>
  return (
    <span>
      <strong>{run.stageName}</strong>
      {run.stageNumber && (
        <span style={muted}>
          {' '}
          ({run.stageNumber} of {count})
        </span>
      )}
    </span>
  )
}
