import type { PayloadRequest } from 'payload'

import { defineAction } from '../../platform/defineAction'
import { invalid, notFound } from '../../platform/errors'
import { findAllByIds } from '../../platform/findAllByIds'
import { idOf } from '../../platform/idOf'
import { documentId } from '../../platform/parseInput'
import type { PurchaseOrder } from '../../payload-types'
import { sendingRefusal } from '../../trade/rules/purchaseOrderSending'
import { configuredFonts } from '../pdfDownload'
import { type PurchaseOrderSheet, purchaseOrderSheets } from '../purchaseOrderData'
import { purchaseOrdersPdf } from '../purchaseOrderPdf'
import { formatQuantity } from '../recipeCards'

type Args = { id: number }
type Sent = { id: number; number: string; sentAt: string; sentTo: string; status: 'sent' }

async function loadOrder(req: PayloadRequest, id: number): Promise<PurchaseOrder> {
  const order = await req.payload.findByID({
    collection: 'purchase-orders',
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: true,
    req,
  })
  if (!order) throw notFound('id', `no purchase order with id ${id}`)
  return order
}

/** The e-mail's words: what is ordered, by when; the order itself is the attached PDF. */
const messageText = (sheet: PurchaseOrderSheet) =>
  [
    `Hello ${sheet.supplier.name},`,
    '',
    `Please find attached our purchase order ${sheet.number}` +
      (sheet.expectedDate ? `, to be delivered by ${sheet.expectedDate}.` : '.'),
    '',
    ...sheet.lines.map(
      (line) => `- ${formatQuantity(line.quantity)} ${line.unit} ${line.name} (${line.sku})`,
    ),
    ...(sheet.notes ? ['', sheet.notes] : []),
  ].join('\n')

/**
 * Sends a purchase order to its supplier: the order as a PDF, attached to an e-mail to the
 * supplier's address through the app's e-mail adapter, and the order marked sent (a sent order
 * may be sent again). Refused: no such order, one received, cancelled or closed, one without
 * lines, a supplier without an e-mail address. Nothing is marked when the e-mail fails.
 */
export const sendPurchaseOrder = defineAction<Args, Sent>({
  args: { id: 'Int!' },
  costs: {},
  description: 'send purchase orders',
  name: 'sendPurchaseOrder',
  permission: 'purchaseOrders.update',
  perform: async (req, args) => {
    const id = documentId(args.id, 'id', 'a purchase order')
    const order = await loadOrder(req, id)
    const [supplier] = await findAllByIds(req, 'suppliers', [idOf(order.supplier)])
    const [sheet] = await purchaseOrderSheets(req, [order], true)
    const refusal = sendingRefusal({
      lines: order.lines?.length ?? 0,
      number: sheet!.number,
      status: order.status,
      supplier: { email: supplier?.email, name: sheet!.supplier.name },
    })
    if (refusal) throw invalid(refusal.path, refusal.message)
    const pdf = await purchaseOrdersPdf([sheet!], await configuredFonts(req))
    const sentAt = new Date().toISOString()
    await req.payload.update({
      collection: 'purchase-orders',
      data: { sentAt, status: 'sent' },
      id,
      req,
    })
    const to = supplier!.email!.trim()
    // Last, so that a refused e-mail leaves the order as it was.
    await req.payload.sendEmail({
      attachments: [
        {
          content: Buffer.from(pdf),
          contentType: 'application/pdf',
          filename: `${sheet!.number}.pdf`,
        },
      ],
      subject: `Purchase order ${sheet!.number}`,
      text: messageText(sheet!),
      to,
    })
    return { id, number: sheet!.number, sentAt, sentTo: to, status: 'sent' }
  },
})
