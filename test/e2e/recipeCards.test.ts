import { describe, expect, inject, it } from 'vitest'

import { httpApi } from '../support/httpApi'
import { pdfPages } from '../support/pdfText'

const baseURL = inject('baseURL')
const api = httpApi(baseURL)

describe('recipe cards from the built app', () => {
  // The production build bundles the PDF code and finds the fonts from there: this is the check
  // that both still work once bundled.
  it('downloads the cards of seeded executions as a PDF', async () => {
    const login = await api('/users/login', {
      body: JSON.stringify({ email: 'admin@example.com', password: 'admin' }),
      method: 'POST',
    })
    const token = login.body.token as string
    const { body } = await api('/executions?limit=3&depth=0&sort=id', { token })
    const executions = body.docs as { code: string; id: number }[]
    expect(executions).toHaveLength(3)
    const response = await fetch(
      `${baseURL}/api/executions/recipe-cards.pdf?ids=${executions.map((e) => e.id).join(',')}`,
      { headers: { authorization: `JWT ${token}` } },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const pages = await pdfPages(new Uint8Array(await response.arrayBuffer()))
    expect(pages).toHaveLength(3)
    for (const [i, execution] of executions.entries()) expect(pages[i]).toContain(execution.code)
  })
})
