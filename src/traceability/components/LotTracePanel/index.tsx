import type { UIFieldServerProps } from 'payload'

import { createLocalReq } from 'payload'
import React from 'react'

import { userHolds } from '../../../access/components/userHolds'
import { lotTraceOf } from '../../lotTraceOf'
import { TraceTree } from './TraceTree'

const section: React.CSSProperties = { marginBottom: 'calc(var(--base, 20px) * 1.2)' }

/**
 * A lot's page: where it came from and where it went, as two trees read from the ledger, with its
 * recall report to download. Only for users who may trace lots.
 */
export async function LotTracePanel({ id, payload, user }: UIFieldServerProps) {
  if (!id || !(await userHolds(payload, user, 'inventory.trace'))) return null
  const trace = await lotTraceOf(await createLocalReq({ user }, payload), Number(id))
  const api = `${payload.config.serverURL}${payload.config.routes.api}`
  const admin = payload.config.routes.admin
  return (
    <div data-testid="lot-trace" style={section}>
      <div style={{ alignItems: 'center', display: 'flex', gap: 12, marginBottom: 8 }}>
        <h3 style={{ margin: 0 }}>Traceability</h3>
        <a
          className="btn btn--style-secondary btn--size-small"
          href={`${api}/lots/${id}/recall.csv`}
        >
          Recall report (CSV)
        </a>
        <a
          className="btn btn--style-secondary btn--size-small"
          href={`${api}/lots/${id}/recall.pdf`}
        >
          Recall report (PDF)
        </a>
      </div>
      <div data-testid="trace-backward" style={section}>
        <h4 style={{ margin: '0 0 6px' }}>Made from</h4>
        <TraceTree admin={admin} direction="backward" node={trace.backward} trace={trace} />
      </div>
      <div data-testid="trace-forward" style={section}>
        <h4 style={{ margin: '0 0 6px' }}>Went into</h4>
        <TraceTree admin={admin} direction="forward" node={trace.forward} trace={trace} />
      </div>
    </div>
  )
}
