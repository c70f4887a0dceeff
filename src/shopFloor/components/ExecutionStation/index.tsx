import type { PayloadRequest } from 'payload'

import React from 'react'

import { StatusBadge } from '../../../workflow/components/StatusBadge'
import { executionStation } from '../../executionStation'
import { shopFloorHref } from '../../rules/shopFloorRoute'
import { ScreenHeader } from '../touch/ScreenHeader'
import { Materials } from './Materials'
import { NextStep } from './NextStep.client'
import { StepNotice, stepNotice } from './StepNotice'

/** An execution's station: what to make, from what, and the next step. */
export async function ExecutionStation({ id, req }: { id: string; req: PayloadRequest }) {
  const back = { href: shopFloorHref(req.payload.config.routes.admin), label: 'Shop floor' }
  const data = await executionStation(req, Number(id))
  if (!data)
    return (
      <>
        <ScreenHeader back={back} title="Execution not found" />
        <p role="alert">There is no execution {id} that you may see.</p>
      </>
    )
  const notice = stepNotice(data)
  return (
    <>
      <ScreenHeader back={back} title={data.code}>
        {data.current && <StatusBadge status={data.current} />}
      </ScreenHeader>
      <div
        style={{
          display: 'grid',
          gap: '8px 32px',
          gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))',
        }}
      >
        <div>
          <section aria-label="What to make" id="shop-floor-product">
            <h2 style={{ fontSize: 22, margin: '20px 0 8px' }}>Make</h2>
            <p style={{ fontSize: 24, lineHeight: 1.3, margin: 0 }}>
              <strong>
                {data.plannedQuantity} {data.unit}
              </strong>{' '}
              {data.product}
            </p>
            <p style={{ color: 'var(--theme-elevation-600)', margin: '6px 0 0' }}>
              {data.date}
              {data.lotLabel ? ` · lot ${data.lotLabel}` : ''}
              {data.producedQuantity !== null
                ? ` · produced ${data.producedQuantity} ${data.unit}`
                : ''}
            </p>
          </section>
          <Materials lines={data.lines} />
        </div>
        <div>
          <h2 style={{ fontSize: 22, margin: '20px 0 8px' }}>Next step</h2>
          {notice || !data.next ? (
            <StepNotice text={notice ?? ''} />
          ) : (
            <NextStep
              code={data.code}
              id={data.id}
              key={data.next.id}
              last={data.nextIsLast}
              next={data.next}
              producedQuantity={data.producedQuantity}
              unit={data.unit}
            />
          )}
        </div>
      </div>
    </>
  )
}
