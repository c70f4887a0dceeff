import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

import type { FontSource } from './pdfText'

// Read once per process: a CJK font is about 10 MB, and every download of cards uses it.
const loaded = new Map<string, Promise<FontSource>>()

/** A font whose package is not installed at all (not one that is there but unreadable). */
class FontNotInstalled extends Error {}

/**
 * Where a font of the `recipeCards.fonts` option is: an absolute path as it is, anything else as
 * a file inside an installed package (`@expo-google-fonts/noto-sans-sc/400Regular/…ttf`), looked
 * up from the plugin and then from the app.
 */
export function resolveFont(spec: string): string {
  if (path.isAbsolute(spec)) return spec
  for (const from of [import.meta.url, path.join(process.cwd(), 'package.json')]) {
    try {
      return createRequire(from).resolve(spec)
    } catch {
      // Try the next place.
    }
  }
  throw new FontNotInstalled(
    `recipeCards.fonts: no font file "${spec}" (is its package installed?)`,
  )
}

async function load(spec: string): Promise<FontSource> {
  const file = resolveFont(spec)
  try {
    return { bytes: new Uint8Array(await readFile(file)), name: path.basename(file) }
  } catch (error) {
    throw new Error(`recipeCards.fonts: cannot read font file "${file}"`, { cause: error })
  }
}

const warned = new Set<string>()

/**
 * The font chain's files, read (once per process) from where the option says. A font that is not
 * there is skipped and the other fonts still print: quietly when it is one of `optional` (the
 * default chain's Noto Sans SC, an optional peer a host may leave out) and its package is not
 * installed, else said once through `warn`. Only a chain with no font at all is an error, the
 * first font's.
 */
export async function loadFonts(
  specs: readonly string[],
  warn: (message: string) => void = console.warn,
  optional: readonly string[] = [],
): Promise<FontSource[]> {
  const results = await Promise.allSettled(
    specs.map((spec) => {
      let font = loaded.get(spec)
      if (!font) {
        font = load(spec)
        loaded.set(spec, font)
        // A missing file may be installed later: do not remember the failure.
        font.catch(() => loaded.delete(spec))
      }
      return font
    }),
  )
  const fonts = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))
  if (fonts.length === 0) throw (results[0] as PromiseRejectedResult | undefined)?.reason
  results.forEach((result, i) => {
    if (result.status === 'fulfilled' || warned.has(specs[i]!)) return
    if (result.reason instanceof FontNotInstalled && optional.includes(specs[i]!)) return
    warned.add(specs[i]!)
    warn(`${(result.reason as Error).message}: skipped, the other fonts of the chain print`)
  })
  return fonts
}
