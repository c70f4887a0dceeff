import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { generateImportMap } from 'payload'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const importMapFile = path.join(root, 'src/app/(payload)/admin/importMap.js')

describe('generated files are committed fresh', () => {
  it('the import map matches the config (else run npm run generate:importmap)', async () => {
    const config = await (await import('../../payload.config')).default
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
    const dir = mkdtempSync(path.join(tmpdir(), 'pm-types-'))
    try {
      const output = path.join(dir, 'payload-types.ts')
      await promisify(execFile)(path.join(root, 'node_modules/.bin/payload'), ['generate:types'], {
        cwd: root,
        env: { ...process.env, PAYLOAD_TS_OUTPUT_PATH: output },
      })
      expect(readFileSync(output, 'utf8')).toBe(
        readFileSync(path.join(root, 'src/payload-types.ts'), 'utf8'),
      )
    } finally {
      rmSync(dir, { force: true, recursive: true })
    }
  })
})
