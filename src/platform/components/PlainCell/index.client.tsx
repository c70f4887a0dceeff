'use client'
import type { DefaultCellComponentProps } from 'payload'

import { DefaultCell } from '@payloadcms/ui'
import React from 'react'

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0)

/**
 * A list cell as Payload draws it, except that an empty value leaves the cell empty: Payload
 * prints "<No Field Label>" there, which on a list of executions fills whole columns with noise.
 */
export function PlainCell(props: DefaultCellComponentProps) {
  if (isEmpty(props.cellData)) return <span className="plain-cell--empty" />
  return <DefaultCell {...props} />
}
