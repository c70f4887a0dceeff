'use client'
import type { RelationshipFieldClientComponent } from 'payload'

import { RelationshipField, useFormFields } from '@payloadcms/ui'
import React from 'react'

/**
 * The order's location, read-only once the order has started: what it consumed and made is on
 * that floor (the server refuses a change then too).
 */
export const OrderLocationField: RelationshipFieldClientComponent = (props) => {
  const started = useFormFields(([fields]) => Boolean(fields.startedAt?.value))
  return <RelationshipField {...props} readOnly={props.readOnly || started} />
}
