import Link from 'next/link'
import React from 'react'

import type { RunFigures, StoreQueue } from '../../dashboardLists'
import { BigFigure, cell, FigureLink, firstCell, headCell, Panel, tableStyle } from './parts'

const stateLabels: Record<string, string> = {
  in_trolley: 'In a trolley',
  issued: 'Issued',
  picked: 'Picked',
  picking: 'Picking',
  requested: 'Requested',
}

/** The store's open requisitions, by where they stand. */
export function StoreQueueSection({ queue }: { queue: StoreQueue }) {
  return (
    <Panel name="store-queue" title="Store queue">
      <BigFigure caption="Open requisitions" figure={queue.total} name="store-queue" />
      <ul style={{ listStyle: 'none', margin: '12px 0 0', padding: 0 }}>
        {queue.states.map((state) => (
          <li
            key={state.state}
            style={{ display: 'flex', justifyContent: 'space-between', padding: '4px 0' }}
          >
            <span>{stateLabels[state.state] ?? state.state}</span>
            <FigureLink figure={state} name="store-queue-state" />
          </li>
        ))}
      </ul>
    </Panel>
  )
}

/** Production runs in progress, each with the stage it is at. */
export function RunsSection({ runs }: { runs: RunFigures }) {
  return (
    <Panel name="runs" title="Runs in progress" wide>
      <BigFigure caption="In progress" figure={runs.total} name="runs" />
      {runs.runs.length > 0 && (
        <table style={{ ...tableStyle, marginTop: 12 }}>
          <thead>
            <tr>
              <th style={{ ...headCell, textAlign: 'left' }}>Run</th>
              <th style={{ ...headCell, textAlign: 'left' }}>Process</th>
              <th style={{ ...headCell, textAlign: 'left' }}>Stage</th>
              <th style={{ ...headCell, textAlign: 'left' }}>Floor</th>
            </tr>
          </thead>
          <tbody>
            {runs.runs.map((run) => (
              <tr data-run={run.code} key={run.id}>
                <td style={firstCell}>
                  <Link href={run.href} prefetch={false}>
                    {run.code}
                  </Link>
                </td>
                <td style={firstCell}>{run.process}</td>
                <td style={firstCell}>
                  {run.stage ?? (
                    <span style={{ color: 'var(--theme-elevation-500)' }}>Not started</span>
                  )}
                </td>
                <td style={firstCell}>{run.floor}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  )
}
