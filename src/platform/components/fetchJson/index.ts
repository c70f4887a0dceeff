type ErrorBody = {
  errors?: { data?: { errors?: { message?: string; path?: string }[] }; message?: string }[]
}

/** The messages of a Payload error body: each field error if it names any, else the error's own. */
export function apiErrorMessages(body: unknown): string[] {
  const errors = (body as ErrorBody | null)?.errors ?? []
  return errors.flatMap((error) => {
    const fieldErrors = (error.data?.errors ?? []).flatMap((e) => (e.message ? [e.message] : []))
    return fieldErrors.length ? fieldErrors : error.message ? [error.message] : []
  })
}

/** A refused request: what the API said was wrong, with its status and the body it answered. */
export type ApiRefusal = Error & { body: unknown; status: number }

/**
 * A JSON request to the app's own API with the admin's session cookie. A refused request throws
 * an ApiRefusal whose message lists what the API said was wrong.
 */
export async function fetchJson<T>(url: string, init: RequestInit & { json?: unknown } = {}) {
  const { json, ...rest } = init
  const response = await fetch(url, {
    credentials: 'include',
    ...rest,
    ...(json === undefined
      ? {}
      : { body: JSON.stringify(json), headers: { 'content-type': 'application/json' } }),
  })
  const body = await response.json().catch(() => null)
  if (!response.ok) {
    const messages = apiErrorMessages(body)
    const message = messages.length
      ? messages.join('\n')
      : `${response.status} ${response.statusText}`
    throw Object.assign(new Error(message), { body, status: response.status }) as ApiRefusal
  }
  return body as T
}

/** Runs a plugin action (`POST <api>/manufacturing/<action>`) and returns its JSON result. */
export const postAction = <T>(api: string, action: string, args: Record<string, unknown>) =>
  fetchJson<T>(`${api}/manufacturing/${action}`, { json: args, method: 'POST' })
/** The documents of `collection` with these ids that the user may read, with more of the query. */
export const fetchByIds = <T>(api: string, collection: string, ids: number[], query: string) =>
  fetchJson<{ docs: T[] }>(
    `${api}/${collection}?${ids.map((id, index) => `where[id][in][${index}]=${id}`).join('&')}&${query}`,
  )
