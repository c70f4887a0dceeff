import { invalid } from './errors'

/** The `ids=1,2,3` of an export's query string as ids; anything else is a 400 naming `ids`. */
export function idsQuery(query: unknown, what = 'executions'): number[] {
  const raw = (query as { ids?: unknown } | undefined)?.ids
  const ids = String(raw ?? '')
    .split(',')
    .filter(Boolean)
    .map(Number)
  if (ids.length === 0 || !ids.every((id) => Number.isSafeInteger(id) && id > 0))
    throw invalid('ids', `list the ${what} as ids separated by commas`)
  return ids
}
