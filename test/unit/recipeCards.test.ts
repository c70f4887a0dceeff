import { PDFDocument } from 'pdf-lib'
import { beforeAll, describe, expect, it } from 'vitest'

import { FontChain, type FontSource } from '../../src/documents/pdfText'
import { loadFonts } from '../../src/documents/recipeCardFonts'
import { formatQuantity, type RecipeCard, recipeCardsPdf } from '../../src/documents/recipeCards'
import { defaultRecipeCardFonts } from '../../src/options'
import { pdfPages } from '../support/pdfText'

const card = (name: string, ingredients = 3, steps = 2): RecipeCard => ({
  code: `EX-${name.length}`,
  ingredients: Array.from({ length: ingredients }, (_, i) => ({
    name: `${name} ingredient ${i + 1}`,
    note: i === 0 ? 'keep cold' : null,
    quantity: 0.5 + i,
    sku: `SKU-${i + 1}`,
    unit: 'kg',
  })),
  lotLabel: `LOT-${name}`,
  planned: { quantity: 12, unit: 'pcs' },
  product: { name, sku: 'PRD-1' },
  productionDate: '2026-11-24T12:00:00.000Z',
  steps: Array.from({ length: steps }, (_, i) => ({
    crewSize: 2,
    minutes: 7.5 * (i + 1),
    name: `Step ${i + 1} of ${name}`,
    resource: 'Oven',
  })),
})

const text = (pages: string[]) => pages.map((page) => page.replace(/\s+/g, ' '))

describe('recipe cards PDF', () => {
  let fonts: FontSource[]
  let notoSansOnly: FontSource[]

  beforeAll(async () => {
    fonts = await loadFonts(defaultRecipeCardFonts)
    notoSansOnly = fonts.slice(0, 1)
  })

  it('draws each character with the first font of the chain that has it', async () => {
    const chain = FontChain.for(await PDFDocument.create(), fonts)
    expect(chain.segments('Crème brûlée, Smørbrød, Straße, Борщ, Ελλάδα')).toEqual([
      { font: 0, text: 'Crème brûlée, Smørbrød, Straße, Борщ, Ελλάδα' },
    ])
    expect(chain.segments('Bread 中文面包')).toEqual([
      { font: 0, text: 'Bread ' },
      { font: 1, text: '中文面包' },
    ])
    // Decomposed é is one character, drawn whole.
    expect(chain.segments('Cre\u0300me')).toEqual([{ font: 0, text: 'Cre\u0300me' }])
  })

  it('prints a character no font has as one placeholder, an emoji sequence included', async () => {
    const chain = FontChain.for(await PDFDocument.create(), fonts)
    // Noto Sans has no □; Noto Sans SC has. A variation selector no font has is dropped.
    expect(chain.segments('Pizza 🍕')).toEqual([
      { font: 0, text: 'Pizza ' },
      { font: 1, text: '□' },
    ])
    expect(
      chain
        .segments('👨‍👩‍👧 🇳🇴 ❤️ ©\uFE0F')
        .map((s) => s.text)
        .join(''),
    ).toBe('□ □ □ ©')
    const latinOnly = FontChain.for(await PDFDocument.create(), notoSansOnly)
    expect(latinOnly.segments('Pizza 🍕 中文')).toEqual([{ font: 0, text: 'Pizza ? ??' }])
    expect(latinOnly.segments('line\nbreak\ttab')).toEqual([{ font: 0, text: 'line break tab' }])
  })

  it('wraps at spaces, between Chinese words, and inside a word only when it must', async () => {
    const chain = FontChain.for(await PDFDocument.create(), fonts)
    const plain = (lines: { text: string }[][]) => lines.map((l) => l.map((s) => s.text).join(''))
    expect(plain(chain.wrap('Crème brûlée with caramelised sugar', 10, 80))).toEqual([
      'Crème brûlée',
      'with caramelised',
      'sugar',
    ])
    const chinese = plain(chain.wrap('高筋面粉和全麦面粉混合均匀后加水揉成面团', 10, 60))
    expect(chinese.length).toBeGreaterThan(2)
    expect(chinese.join('')).toBe('高筋面粉和全麦面粉混合均匀后加水揉成面团')
    expect(plain(chain.wrap('Supercalifragilisticexpialidocious', 10, 60)).join('')).toBe(
      'Supercalifragilisticexpialidocious',
    )
    for (const line of chain.wrap('Supercalifragilisticexpialidocious 高筋面粉和全麦面粉', 10, 60))
      expect(chain.width(line, 10)).toBeLessThanOrEqual(60)
    const cut = plain(chain.wrap('one two three four five six seven eight', 10, 50, 2))
    expect(cut).toHaveLength(2)
    expect(cut[1]).toMatch(/…$/)
  })

  it('puts each card on a page of its own', async () => {
    const bytes = await recipeCardsPdf(
      [card('Crème brûlée'), card('Борщ'), card('中文面包')],
      fonts,
    )
    const pages = text(await pdfPages(bytes))
    expect(pages).toHaveLength(3)
    expect(pages[0]).toContain('Crème brûlée')
    expect(pages[0]).toContain('LOT-Crème brûlée')
    expect(pages[0]).toContain('2026-11-24')
    expect(pages[0]).toContain('12 pcs')
    expect(pages[0]).toContain('0.5 kg Crème brûlée ingredient 1 SKU-1 keep cold')
    expect(pages[0]).toContain('1. Step 1 of Crème brûlée Oven · crew 2 · 7.5 min')
    expect(pages[1]).toContain('Борщ ingredient 3')
    expect(pages[2]).toContain('中文面包 ingredient 2')
    expect(pages[2]).toContain('Page 1 of 1')
  })

  it('continues a long card over pages of its own, repeating what it is', async () => {
    const bytes = await recipeCardsPdf([card('Short'), card('Long', 60, 12), card('After')], fonts)
    const pages = text(await pdfPages(bytes))
    expect(pages.length).toBeGreaterThan(4)
    const long = pages.slice(1, -1)
    expect(long[0]).toContain(`Page 1 of ${long.length}`)
    for (const [i, page] of long.slice(1).entries()) {
      expect(page).toContain('Long (continued)')
      expect(page).toContain('LOT-Long')
      expect(page).toContain(`Page ${i + 2} of ${long.length}`)
    }
    const all = long.join(' ')
    for (let i = 1; i <= 60; i++) expect(all).toContain(`Long ingredient ${i} `)
    for (let i = 1; i <= 12; i++) expect(all).toContain(`Step ${i} of Long`)
    expect(pages[0]).toContain('Short')
    expect(pages.at(-1)).toContain('After')
    expect(pages.at(-1)).toContain('Page 1 of 1')
  })

  it('embeds only the glyphs it uses: ten cards in every script stay small', async () => {
    const names = ['Crème brûlée', 'Smørbrød', 'Straße', 'Борщ', '中文面包', 'Pizza 🍕']
    const cards = Array.from({ length: 10 }, (_, i) => card(names[i % names.length]!, 8, 4))
    const bytes = await recipeCardsPdf(cards, fonts)
    // The CJK font alone is over 10 MB.
    expect(bytes.byteLength).toBeLessThan(150_000)
    const doc = await PDFDocument.load(bytes)
    expect(doc.getPageCount()).toBe(10)
    // A second document embeds from the same parsed fonts and is as readable.
    const again = text(await pdfPages(await recipeCardsPdf([card('Pizza 🍕')], fonts)))
    expect(again[0]).toContain('Pizza □ ingredient 1')
  })

  it('needs a font, and formats quantities for people', async () => {
    await expect(recipeCardsPdf([card('x')], [])).rejects.toThrow(/at least one font/)
    expect(formatQuantity(2)).toBe('2')
    expect(formatQuantity('1.23456')).toBe('1.235')
    expect(formatQuantity(0.0001234)).toBe('0.000123')
    expect(formatQuantity(12345.5)).toBe('12,345.5')
  })

  it('names a font it cannot find', async () => {
    await expect(loadFonts(['no-such-package/font.ttf'])).rejects.toThrow(
      /recipeCards.fonts: no font file "no-such-package\/font.ttf"/,
    )
    await expect(loadFonts(['/nonexistent/font.ttf'])).rejects.toThrow(/cannot read font file/)
  })

  it('skips a font of the chain it cannot find, saying which, and draws with the others', async () => {
    const warnings: string[] = []
    const chain = ['no-such-package/font.ttf', defaultRecipeCardFonts[0]!, '/nonexistent/font.ttf']
    const loaded = await loadFonts(chain, (message) => warnings.push(message))
    expect(loaded.map((font) => font.name)).toEqual(['NotoSans_400Regular.ttf'])
    expect(warnings).toEqual([
      expect.stringMatching(/no font file "no-such-package\/font.ttf".*skipped/),
      expect.stringMatching(/cannot read font file "\/nonexistent\/font.ttf".*skipped/),
    ])
    const pages = text(await pdfPages(await recipeCardsPdf([card('Crème brûlée')], loaded)))
    expect(pages[0]).toContain('Crème brûlée ingredient 1')
  })
  it('goes quietly without an optional font whose package is not installed', async () => {
    const warnings: string[] = []
    const missing = 'no-such-optional-package/font.ttf'
    const chain = [defaultRecipeCardFonts[0]!, missing]
    const loaded = await loadFonts(chain, (message) => warnings.push(message), [missing])
    expect(loaded.map((font) => font.name)).toEqual(['NotoSans_400Regular.ttf'])
    expect(warnings).toEqual([])
    // The same font named by the app itself is wanted: its absence is said.
    await loadFonts(chain, (message) => warnings.push(message))
    expect(warnings).toEqual([expect.stringMatching(/no font file "no-such-optional.*skipped/)])
  })

  it('still says when an optional font is installed but cannot be read', async () => {
    const warnings: string[] = []
    const unreadable = '/nonexistent/optional-font.ttf'
    await loadFonts([defaultRecipeCardFonts[0]!, unreadable], (message) => warnings.push(message), [
      unreadable,
    ])
    expect(warnings).toEqual([expect.stringMatching(/cannot read font file.*skipped/)])
  })
})
