import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/**
 * The text of each page of a PDF as PDF.js reads it (what a reader would copy or a search would
 * find), lines joined with newlines.
 */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  // PDF.js takes the buffer over: give it a copy.
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise
  try {
    const pages: string[] = []
    for (let number = 1; number <= doc.numPages; number++) {
      const { items } = await (await doc.getPage(number)).getTextContent()
      pages.push(
        items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''),
      )
    }
    return pages
  } finally {
    await doc.destroy()
  }
}
