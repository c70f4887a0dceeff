import type { Field } from 'payload'

import { productionOrderLayouts } from './rules/productionOrderLayouts'

/** The settings' layout, used by every order that does not choose its own. */
export const defaultLayoutField = (): Field => ({
  name: 'productionOrderLayout',
  type: 'select',
  admin: { description: 'How production orders print unless an order chooses its own layout.' },
  defaultValue: 'order_sheet',
  label: 'Production order layout',
  options: [...productionOrderLayouts],
  required: true,
})

/** An order's own layout; empty: the production settings'. */
export const orderLayoutField = (): Field => ({
  name: 'layout',
  type: 'select',
  admin: {
    description: "How the order prints. Empty: the production settings' layout.",
    position: 'sidebar',
  },
  options: [...productionOrderLayouts],
})
