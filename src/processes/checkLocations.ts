import type { PayloadRequest } from 'payload'

import { invalid } from '../platform/errors'
import { findAllByIds } from '../platform/findAllByIds'

/** Locations lines name themselves must exist and hold stock (a warehouse or production floor). */
export async function checkLocations(
  req: PayloadRequest,
  named: readonly { id: number; path: string }[],
): Promise<void> {
  if (named.length === 0) return
  const docs = await findAllByIds(
    req,
    'locations',
    named.map((n) => n.id),
  )
  for (const { id, path } of named) {
    const location = docs.find((doc) => doc.id === id)
    if (!location) throw invalid(path, `no location with id ${id}`)
    if (location.kind === 'virtual')
      throw invalid(
        path,
        `"${location.name}" is virtual: inputs leave a warehouse or production floor`,
      )
  }
}
