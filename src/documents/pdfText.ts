import { EventEmitter } from 'node:events'

import { create, type Font } from 'fontkit'
import { type Color, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib'

/** A font file's bytes (TTF, OTF, WOFF or WOFF2; of a collection, its first font). */
export type FontSource = { bytes: Uint8Array; name: string }

/** A run of text drawn with one font of the chain. */
export type Segment = { font: number; text: string }

/** Shown for a character no font of the chain has, in the first font that has it. */
const placeholders = ['□', '?']

/**
 * pdf-lib is written against its own fork of fontkit 1 (@pdf-lib/fontkit), which writes broken
 * subsets: TrueType with a short loca table but unpadded glyphs (Noto Sans prints with letters
 * missing) and CFF with a bad header (CJK OpenType fonts print blank). fontkit 2 has both fixes;
 * the one difference pdf-lib meets is that a subset is encoded at once (`encode()`) where pdf-lib
 * reads it as a stream (`encodeStream()`), which this adds.
 */
function streamingSubsets(font: Font): Font {
  const createSubset = font.createSubset.bind(font)
  font.createSubset = () => {
    const subset = createSubset()
    return Object.assign(subset, {
      encodeStream() {
        const stream = new EventEmitter()
        queueMicrotask(() => {
          try {
            stream.emit('data', subset.encode())
            stream.emit('end')
          } catch (error) {
            stream.emit('error', error)
          }
        })
        return stream
      },
    })
  }
  return font
}

// Parsing a CJK font takes a noticeable fraction of a second: each font is parsed once per
// process, and every document embeds from that parse (pdf-lib asks its fontkit to create the font
// from the same bytes, and is answered from here).
const parsed = new WeakMap<Uint8Array, Font>()
const parse = (bytes: Uint8Array): Font => {
  let font = parsed.get(bytes)
  if (!font) {
    const opened = create(bytes as Buffer)
    const first = 'fonts' in opened ? opened.fonts[0] : opened
    if (!first) throw new Error('the font collection holds no font')
    font = streamingSubsets(first)
    parsed.set(bytes, font)
  }
  return font
}
const fontkitForPdfLib = { create: parse } as unknown as Parameters<
  PDFDocument['registerFontkit']
>[0]

// Zero-width code points that only steer rendering (joiners, variation selectors, tags, soft
// hyphen): drawn when the font has them, dropped without a placeholder when it does not.
const ignorable = (cp: number) =>
  cp === 0x00ad ||
  cp === 0x034f ||
  (cp >= 0x180b && cp <= 0x180f) ||
  (cp >= 0x200b && cp <= 0x200f) ||
  (cp >= 0x2060 && cp <= 0x206f) ||
  (cp >= 0xfe00 && cp <= 0xfe0f) ||
  cp === 0xfeff ||
  (cp >= 0xe0000 && cp <= 0xe0fff)

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
const words = new Intl.Segmenter(undefined, { granularity: 'word' })

/**
 * Text in any script on PDF pages through a chain of embedded fonts: each character is drawn with
 * the first font that has a glyph for it, and a character none has (an emoji without an emoji
 * font) becomes a visible placeholder (□, or ? when no font has □) instead of a missing glyph or
 * an error. Fonts are embedded as subsets, and only once the page uses them.
 */
export class FontChain {
  private readonly embedded: (PDFFont | undefined)[]
  private readonly fonts: Font[]
  private readonly placeholder: Segment[]
  private readonly widths = new Map<string, number>()

  private constructor(
    private readonly doc: PDFDocument,
    private readonly sources: FontSource[],
  ) {
    this.fonts = sources.map((source) => parse(source.bytes))
    this.embedded = sources.map(() => undefined)
    const shown = placeholders
      .map((text) => ({ font: this.fontFor([text.codePointAt(0)!]), text }))
      .find((segment) => segment.font >= 0)
    this.placeholder = shown ? [shown] : []
  }

  /** A chain for `doc`, first font first. */
  static for(doc: PDFDocument, sources: FontSource[]): FontChain {
    if (sources.length === 0) throw new Error('a font chain needs at least one font')
    doc.registerFontkit(fontkitForPdfLib)
    return new FontChain(doc, sources)
  }

  /** The index of the first font with a glyph for every code point, or -1. */
  private fontFor(codePoints: number[]): number {
    return this.fonts.findIndex((font) => codePoints.every((cp) => font.hasGlyphForCodePoint(cp)))
  }

  /** `text` as runs of one font each, placeholders in for what no font has. One line: breaks become spaces. */
  segments(text: string): Segment[] {
    const runs: Segment[] = []
    const push = (font: number, piece: string) => {
      const last = runs[runs.length - 1]
      if (last && last.font === font) last.text += piece
      else runs.push({ font, text: piece })
    }
    const clean = text
      .replace(/[\r\n\t\f\v\u2028\u2029]+/g, ' ')
      .replace(/[\u0000-\u001f\u007f]/g, '')
    for (const { segment } of graphemes.segment(clean)) {
      const all = [...segment].map((c) => c.codePointAt(0)!)
      const whole = this.fontFor(all)
      if (whole >= 0) {
        push(whole, segment)
        continue
      }
      const needed = all.filter((cp) => !ignorable(cp))
      if (needed.length === 0) continue
      const fonts = needed.map((cp) => this.fontFor([cp]))
      if (fonts.every((font) => font >= 0))
        needed.forEach((cp, i) => push(fonts[i]!, String.fromCodePoint(cp)))
      else for (const shown of this.placeholder) push(shown.font, shown.text)
    }
    return runs
  }

  private async pdfFont(index: number): Promise<PDFFont> {
    let font = this.embedded[index]
    if (!font) {
      // A subset's name starts with a tag of six capitals (PDF 32000 9.6.4), one per font here.
      const tag = `RCARD${String.fromCharCode(65 + (index % 26))}`
      const name = (this.fonts[index]!.postscriptName || this.sources[index]!.name).replace(
        /[^!-~]|[()<>[\]{}/%#]/g,
        '',
      )
      font = await this.doc.embedFont(this.sources[index]!.bytes, {
        customName: `${tag}+${name || 'Font'}`,
        subset: true,
      })
      this.embedded[index] = font
    }
    return font
  }

  /** The width of `segments` at `size` points. */
  width(segments: Segment[], size: number): number {
    let total = 0
    for (const { font, text } of segments) {
      const key = `${font}\u0000${text}`
      let units = this.widths.get(key)
      if (units === undefined) {
        // As pdf-lib measures and draws: glyph advances, without kerning.
        const { glyphs } = this.fonts[font]!.layout(text)
        const advance = glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0)
        units = (advance * 1000) / this.fonts[font]!.unitsPerEm
        this.widths.set(key, units)
      }
      total += (units * size) / 1000
    }
    return total
  }

  /** Draws `segments` with the left end of their baseline at x, y. */
  async draw(
    page: PDFPage,
    segments: Segment[],
    at: { color?: Color; size: number; x: number; y: number },
  ): Promise<void> {
    let x = at.x
    for (const segment of segments) {
      page.drawText(segment.text, {
        color: at.color,
        font: await this.pdfFont(segment.font),
        size: at.size,
        x,
        y: at.y,
      })
      x += this.width([segment], at.size)
    }
  }

  /** `text` on one line no wider than `maxWidth`, cut with … when it is longer. */
  fit(text: string, size: number, maxWidth: number): Segment[] {
    const whole = this.segments(text.trim())
    if (this.width(whole, size) <= maxWidth) return whole
    const kept: string[] = []
    for (const { segment } of graphemes.segment(text.trim())) {
      if (this.width(this.segments(`${kept.join('')}${segment}…`), size) > maxWidth) break
      kept.push(segment)
    }
    return this.segments(`${kept.join('').trimEnd()}…`)
  }

  /**
   * `text` broken into lines no wider than `maxWidth` at `size`: at spaces and between words
   * (which in Chinese or Japanese may be single characters), and inside a word only when the
   * word alone is too wide. Past `maxLines`, the last line is cut with ….
   */
  wrap(text: string, size: number, maxWidth: number, maxLines = Infinity): Segment[][] {
    const flat = text.replace(/\s+/g, ' ').trim()
    // Each line as where it starts in `flat` and its text.
    const lines: { start: number; text: string }[] = []
    let line = { start: 0, text: '' }
    let at = 0
    const flush = () => {
      if (line.text.trim()) lines.push(line)
      line = { start: at, text: '' }
    }
    const fits = (candidate: string) =>
      this.width(this.segments(candidate.trim()), size) <= maxWidth
    for (const token of breakable(flat)) {
      if (!fits(line.text + token)) flush()
      if (!line.text && !fits(token)) {
        // One word wider than the line: break it between characters.
        for (const { segment } of graphemes.segment(token)) {
          if (line.text && !fits(line.text + segment)) flush()
          line.text += segment
          at += segment.length
        }
        continue
      }
      line.text += token
      at += token.length
    }
    flush()
    if (lines.length === 0) return [[]]
    const shown = lines.slice(0, maxLines).map((l) => this.segments(l.text.trim()))
    if (lines.length > maxLines)
      shown[maxLines - 1] = this.fit(flat.slice(lines[maxLines - 1]!.start), size, maxWidth)
    return shown
  }
}

/**
 * The pieces a line may break between: a word with the punctuation and spaces after it. A line
 * breaks after a space and before a word that directly follows another (Chinese and Japanese
 * words), never after an opening bracket or quote.
 */
function breakable(text: string): string[] {
  const tokens: string[] = []
  for (const { isWordLike, segment } of words.segment(text)) {
    const last = tokens[tokens.length - 1]
    const startsPiece =
      last === undefined ||
      (!/^\s+$/.test(segment) &&
        (/\s$/.test(last) || (isWordLike === true && !/[\p{Ps}\p{Pi}]$/u.test(last))))
    if (startsPiece) tokens.push(segment)
    else tokens[tokens.length - 1] = last + segment
  }
  return tokens
}
