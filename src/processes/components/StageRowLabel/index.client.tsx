'use client'
import { useRowLabel } from '@payloadcms/ui'
import React from 'react'

/** "Stage 2 · Cutting": a stage's place in the process and its name, in the stages list. */
export function StageRowLabel() {
  const { data, rowNumber } = useRowLabel<{ name?: string }>()
  const place = `Stage ${(rowNumber ?? 0) + 1}`
  return <span>{data?.name ? `${place} · ${data.name}` : place}</span>
}
