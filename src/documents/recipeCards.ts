import { PDFDocument, rgb } from 'pdf-lib'

import { formatQuantity } from './formatQuantity'
import { PdfCodes } from './pdfCodes'
import { PdfPen } from './pdfPen'
import { FontChain, type FontSource } from './pdfText'
import { encodeScanCode } from './rules/scanCodes'

export { formatQuantity }

/** One execution's recipe card: what to make, how much, from what, and how. */
export type RecipeCard = {
  /** The execution's code (EX-…). */
  code: string
  /** The execution's id, printed as a QR code to scan; none on a card not yet saved. */
  id?: number
  ingredients: {
    name: string
    note?: string | null
    /** A decimal, already scaled to the planned quantity. */
    quantity: number | string
    sku: string
    unit: string
  }[]
  lotLabel?: string | null
  planned: { quantity: number | string; unit: string }
  product: { name: string; sku: string }
  /** YYYY-MM-DD, or an ISO timestamp (its date is shown). */
  productionDate: string
  steps: {
    crewSize?: number | string | null
    /** Scaled to the planned quantity. */
    minutes?: number | string | null
    name: string
    resource?: string | null
  }[]
}

// A5 landscape, in points.
const pageSize: [number, number] = [595.28, 419.53]
const margin = 32
const bottom = margin + 20 // above the footer
const width = pageSize[0] - 2 * margin

const ink = rgb(0.1, 0.1, 0.12)
const muted = rgb(0.42, 0.44, 0.48)
const rule = rgb(0.8, 0.81, 0.84)
const band = rgb(0.95, 0.95, 0.96)

const body = 9.5
const leading = 12.5

// Ingredient columns: quantity (right-aligned), item, SKU, note.
const columns = { item: 96, note: 402, quantity: 0, sku: 292 }
const columnWidth = { item: 188, note: width - 402, quantity: 88, sku: 102 }

const dateOf = (value: string) => /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? value

/**
 * Printable recipe cards, one per execution: each card starts on a new page, and a card whose
 * ingredients or steps do not fit goes on over continuation pages of its own. Text in any script
 * is drawn with the first of `fonts` that has each character.
 */
export async function recipeCardsPdf(
  cards: RecipeCard[],
  fonts: FontSource[],
): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.setTitle(cards.length === 1 ? `Recipe card ${cards[0]!.code}` : 'Recipe cards')
  doc.setCreator('payload-plugin-manufacturing')
  doc.setProducer('pdf-lib')
  const text = FontChain.for(doc, fonts)
  const codes = new PdfCodes(doc)
  for (const card of cards) await drawCard(doc, text, card, codes)
  return doc.save()
}

const layout = { body, ink, margin, pageSize, rule, xOrigin: 0 }

async function drawCard(doc: PDFDocument, text: FontChain, card: RecipeCard, codes: PdfCodes) {
  const pen = new PdfPen(doc, text, layout)
  /** Starts a new page when `height` more does not fit on this one; true if it did. */
  const room = async (height: number) => {
    if (pen.y - height >= bottom) return false
    await newCardPage(pen, card, true)
    return true
  }
  await newCardPage(pen, card, false)
  await drawHeading(pen, card)
  await drawFacts(pen, card, codes)
  await drawIngredients(pen, card, room)
  await drawSteps(pen, card, room)
  await drawFooters(pen, card)
}

type Room = (height: number) => Promise<boolean>

/** A page of the card; a continuation page repeats the product and the card's facts. */
async function newCardPage(pen: PdfPen, card: RecipeCard, continuation: boolean) {
  const { text } = pen
  pen.addPage()
  if (!continuation) return
  pen.y -= 11
  await pen.write(text.fit(`${card.product.name} (continued)`, 12, width), margin, 12)
  pen.y -= 14
  await pen.write(text.fit(meta(card).join('  ·  '), 8, width), margin, 8, muted)
  pen.y -= 8
  pen.line(pen.y)
  pen.y -= 16
}

/** Header: product, its SKU and the execution. */
async function drawHeading(pen: PdfPen, card: RecipeCard) {
  const { text } = pen
  const title = text.wrap(card.product.name, 18, width)
  for (const [i, titleLine] of title.entries()) {
    pen.y -= i === 0 ? 16 : 21
    await pen.write(titleLine, margin, 18)
  }
  pen.y -= 15
  await pen.write(text.segments(`${card.product.sku}  ·  Execution ${card.code}`), margin, 9, muted)
  if (card.id) await pen.write(text.segments(scanCode(card.id)), margin, 9, muted, 'right', width)
  pen.y -= 12
}

const scanCode = (id: number) => encodeScanCode({ id, kind: 'execution' })

/** Lot, date and quantity, in a band under the header; the execution's QR code at its end. */
async function drawFacts(pen: PdfPen, card: RecipeCard, codes: PdfCodes) {
  const { text } = pen
  const boxTop = pen.y
  pen.page.drawRectangle({ color: band, height: 38, width, x: margin, y: boxTop - 38 })
  if (card.id) await codes.qr(pen.page, scanCode(card.id), margin + width - 36, boxTop - 36, 34)
  const facts: [string, string][] = [
    ['LOT', card.lotLabel?.trim() || '—'],
    ['PRODUCTION DATE', dateOf(card.productionDate)],
    ['PLANNED QUANTITY', `${formatQuantity(card.planned.quantity)} ${card.planned.unit}`.trim()],
  ]
  const factWidth = (width - (card.id ? 40 : 0)) / facts.length
  for (const [i, [label, value]] of facts.entries()) {
    const x = margin + 10 + i * factWidth
    pen.y = boxTop - 12
    await pen.write(text.segments(label), x, 6.5, muted)
    // A long value (a lot label) gets two smaller lines before it is cut.
    const lines = text.wrap(value, 12, factWidth - 20)
    if (lines.length === 1) {
      pen.y = boxTop - 29
      await pen.write(lines[0]!, x, 12)
      continue
    }
    pen.y = boxTop - 23
    for (const smallLine of text.wrap(value, 8.5, factWidth - 20, 2)) {
      await pen.write(smallLine, x, 8.5)
      pen.y -= 10
    }
  }
  pen.y = boxTop - 38 - 22
}

/** The ingredients' table header, repeated on continuation pages. */
async function ingredientsHeader(pen: PdfPen, continued: boolean) {
  const { text } = pen
  await pen.write(text.segments(continued ? 'Ingredients (continued)' : 'Ingredients'), margin, 11)
  pen.y -= 14
  const heads: [keyof typeof columns, string][] = [
    ['quantity', 'QUANTITY'],
    ['item', 'ITEM'],
    ['sku', 'SKU'],
    ['note', 'NOTE'],
  ]
  for (const [column, label] of heads)
    await pen.write(
      text.segments(label),
      margin + columns[column],
      6.5,
      muted,
      column === 'quantity' ? 'right' : 'left',
      columnWidth[column],
    )
  pen.y -= 5
  pen.line(pen.y)
  pen.y -= leading
}

/** Ingredients, as a table whose header repeats on continuation pages. */
async function drawIngredients(pen: PdfPen, card: RecipeCard, room: Room) {
  const { text } = pen
  await ingredientsHeader(pen, false)
  if (card.ingredients.length === 0) {
    await pen.write(text.segments('No ingredients.'), margin, body, muted)
    pen.y -= leading
  }
  for (const ingredient of card.ingredients) {
    const cells = {
      item: text.wrap(ingredient.name, body, columnWidth.item - 8),
      note: text.wrap(ingredient.note ?? '', body, columnWidth.note),
      quantity: text.wrap(
        `${formatQuantity(ingredient.quantity)} ${ingredient.unit}`.trim(),
        body,
        columnWidth.quantity,
      ),
      sku: text.wrap(ingredient.sku, body, columnWidth.sku - 8),
    }
    const rows = Math.max(...Object.values(cells).map((c) => c.length))
    if (await room((rows - 1) * leading + 4)) await ingredientsHeader(pen, true)
    // Line by line, left to right: the order a reader (and text extraction) takes.
    const top = pen.y
    for (let row = 0; row < rows; row++) {
      pen.y = top - row * leading
      for (const column of ['quantity', 'item', 'sku', 'note'] as const) {
        const cellLine = cells[column][row]
        if (!cellLine?.length) continue
        await pen.write(
          cellLine,
          margin + columns[column],
          body,
          column === 'sku' || column === 'note' ? muted : ink,
          column === 'quantity' ? 'right' : 'left',
          columnWidth[column],
        )
      }
    }
    pen.y = top - (rows - 1) * leading - 5
    pen.line(pen.y, band, 0.75)
    pen.y -= leading - 2
  }
}

const detailWidth = 190

/** Steps, numbered, with who and how long on the right. */
async function drawSteps(pen: PdfPen, card: RecipeCard, room: Room) {
  const { text } = pen
  pen.y -= 8
  await room(16 + leading)
  await pen.write(text.segments('Steps'), margin, 11)
  pen.y -= 16
  if (card.steps.length === 0) {
    await pen.write(text.segments('No steps in the recipe.'), margin, body, muted)
    pen.y -= leading
  }
  for (const [i, step] of card.steps.entries()) {
    const details = [
      step.resource?.trim(),
      step.crewSize != null ? `crew ${formatQuantity(step.crewSize)}` : undefined,
      step.minutes != null ? `${formatQuantity(step.minutes)} min` : undefined,
    ].filter(Boolean)
    const name = text.wrap(step.name, body, width - detailWidth - 30)
    const detail = text.wrap(details.join(' · '), body - 1, detailWidth)
    const rows = Math.max(name.length, detail.length)
    if (await room((rows - 1) * leading + 4)) {
      await pen.write(text.segments('Steps (continued)'), margin, 11)
      pen.y -= 16
    }
    const top = pen.y
    await pen.write(text.segments(`${i + 1}.`), margin, body, muted, 'right', 16)
    for (let row = 0; row < rows; row++) {
      pen.y = top - row * leading
      if (name[row]?.length) await pen.write(name[row]!, margin + 22, body)
      if (detail[row]?.length)
        await pen.write(
          detail[row]!,
          margin + width - detailWidth,
          body - 1,
          muted,
          'right',
          detailWidth,
        )
    }
    pen.y = top - rows * leading - 3
  }
}

/** Footer on every page of the card: which card, which page of it. */
async function drawFooters(pen: PdfPen, card: RecipeCard) {
  const { pages, text } = pen
  for (const [i, cardPage] of pages.entries()) {
    pen.turnTo(cardPage, margin)
    pen.line(margin + 12)
    const about = `${card.code}  ·  ${card.product.name}  ·  ${card.lotLabel?.trim() || '—'}`
    await pen.write(text.fit(about, 7, width - 80), margin, 7, muted)
    await pen.write(
      text.segments(`Page ${i + 1} of ${pages.length}`),
      margin,
      7,
      muted,
      'right',
      width,
    )
  }
}

const meta = (card: RecipeCard) => [
  card.product.sku,
  `Execution ${card.code}`,
  `Lot ${card.lotLabel?.trim() || '—'}`,
  dateOf(card.productionDate),
  `${formatQuantity(card.planned.quantity)} ${card.planned.unit}`.trim(),
]
