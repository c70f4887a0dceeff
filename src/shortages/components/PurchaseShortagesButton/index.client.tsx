'use client'
import React from 'react'

import { DialogButton } from '../../../platform/components/DialogButton/index.client'
import { PurchaseDialog } from './PurchaseDialog'

type Props = {
  /** Suppliers the user may choose from, by name. */
  suppliers: { id: number; name: string }[]
}

/**
 * "Create purchase order" on an execution, a manufacturing order or a material requisition: a
 * dialog of what it still
 * needs and how that is covered, where the user picks the items, each one's supplier and
 * quantity, and then creates draft purchase orders, which it links to.
 */
export function PurchaseShortagesControl({ suppliers }: Props) {
  return (
    <DialogButton
      dialog={(id, close) => <PurchaseDialog id={id} onClose={close} suppliers={suppliers} />}
      id="purchase-shortages-button"
      label="Create purchase order"
    />
  )
}
