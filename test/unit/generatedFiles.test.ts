import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const importMapFile = path.join(root, 'demo/app/(payload)/admin/importMap.js')

describe('generated files are committed fresh', () => {
  it('the import map matches the config (else run npm run generate:importmap)', async () => {
    const config = await (await import('../../demo/payload.config')).default
    const scratch = path.join(path.dirname(importMapFile), `.importMap.check-${process.pid}.js`)
    try {
      await generateImportMap(
        {
          ...config,
          admin: {
            ...config.admin,
            importMap: { ...config.admin.importMap, importMapFile: scratch },
          },
        },
        { force: true, log: false },
      )
      expect(readFileSync(scratch, 'utf8').trim()).toBe(readFileSync(importMapFile, 'utf8').trim())
    } finally {
      rmSync(scratch, { force: true })
    }
  })

  it('payload-types.ts matches the config (else run npm run generate:types)', async () => {
    const config = await (await import('../../demo/payload.config')).default
    const dir = mkdtempSync(path.join(tmpdir(), 'pm-types-'))
    const previous = process.env.PAYLOAD_TS_OUTPUT_PATH
    try {
      // The same generator `payload generate:types` runs, pointed at a scratch file.
      process.env.PAYLOAD_TS_OUTPUT_PATH = path.join(dir, 'payload-types.ts')
      await generateTypes(config, { log: false })
      expect(readFileSync(process.env.PAYLOAD_TS_OUTPUT_PATH, 'utf8')).toBe(
        readFileSync(path.join(root, 'src/payload-types.ts'), 'utf8'),
      )
    } finally {
      if (previous === undefined) delete process.env.PAYLOAD_TS_OUTPUT_PATH
      else process.env.PAYLOAD_TS_OUTPUT_PATH = previous
      rmSync(dir, { force: true, recursive: true })
    }
  })
})
