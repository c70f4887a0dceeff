import { beforeAll, describe, expect, it } from 'vitest'

import { pdfPages } from '../support/pdfText'
import { type SeededApp, seededApp } from '../support/seededApp'

/** Each product of its own script, what it is made of, and how. */
const recipes = [
  { ingredients: ['Œufs frais', 'Crème fraîche'], name: 'Crème brûlée', step: 'Caraméliser' },
  { ingredients: ['Rugbrød', 'Smør'], name: 'Smørbrød', step: 'Smør brødet' },
  { ingredients: ['Weißmehl', 'Süßrahm'], name: 'Straße', step: 'Teig kneten' },
  { ingredients: ['Свёкла', 'Капуста'], name: 'Борщ', step: 'Варить бульон' },
  { ingredients: ['高筋面粉', '酵母'], name: '中文面包', step: '揉面' },
  { ingredients: ['Mozzarella 🧀', 'Pomodoro'], name: 'Pizza 🍕', step: 'Cuocere nel forno 🔥' },
]

/** As the card prints it: emoji become the placeholder, and whitespace is one space. */
const printed = (text: string) => text.replace(/\p{Extended_Pictographic}/gu, '□')
const flat = (pages: string[]) => pages.map((page) => page.replace(/\s+/g, ' '))

describe('recipe cards of selected executions as PDF', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let ids: number[]
  let long: number
  const tag = Date.now().toString(36)

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    const floor = await payload.create({
      collection: 'locations',
      data: { kind: 'production_floor', name: `Card floor ${tag}` },
    })
    let n = 0
    const item = (name: string, kind: 'material' | 'product' | 'resource', unit: string) =>
      payload.create({
        collection: 'items',
        data: { kind, name, sku: `RC-${tag}-${++n}`, unit },
      })
    const oven = await item('Ofen Ω', 'resource', 'h')
    const execution = async (
      product: number,
      lotLabel: string,
      components: { item: number; note?: string; quantity: number }[],
      step: string,
    ) => {
      await payload.create({
        collection: 'boms',
        data: {
          basis: 'per_unit',
          components,
          operations: [
            { crewSize: 2, minutes: 30, resource: oven.id, resourceType: 'labor', step },
          ],
          outputQuantity: 2,
          product,
        },
      })
      const { body, status } = await api.rest('POST', '/executions', {
        body: {
          lotLabel,
          plannedQuantity: 3,
          product,
          productionDate: '2026-11-24',
          productionFloor: floor.id,
        },
        token: admin,
      })
      expect(status, JSON.stringify(body)).toBe(201)
      return body.doc.id as number
    }
    ids = []
    for (const recipe of recipes) {
      const product = await item(recipe.name, 'product', 'pcs')
      const [first, second] = [
        await item(recipe.ingredients[0]!, 'material', 'kg'),
        await item(recipe.ingredients[1]!, 'material', 'l'),
      ]
      ids.push(
        await execution(
          product.id,
          `LOT ${recipe.name}`,
          [
            { item: first.id, note: `${recipe.name} note`, quantity: 0.5 },
            { item: second.id, quantity: 1.25 },
          ],
          recipe.step,
        ),
      )
    }
    const smorgas = await item('Smörgåstårta', 'product', 'pcs')
    const many = []
    for (let i = 1; i <= 45; i++) many.push(await item(`Pålägg ${i} 中文`, 'material', 'g'))
    long = await execution(
      smorgas.id,
      'LOT lång',
      many.map((material) => ({ item: material.id, quantity: 10 })),
      'Bygg tårtan',
    )
  })

  const download = (query: string, token?: string) =>
    api.rest('GET', `/executions/recipe-cards.pdf?${query}`, { binary: true, token })

  it('prints one card per execution, names in every script as they are written', async () => {
    const { body, headers, status } = await download(`ids=${ids.join(',')}`, admin)
    expect(status).toBe(200)
    expect(headers?.get('content-type')).toBe('application/pdf')
    expect(headers?.get('content-disposition')).toBe('attachment; filename="recipe-cards.pdf"')
    expect(body).toBeInstanceOf(Uint8Array)
    expect(new TextDecoder().decode(body.slice(0, 5))).toBe('%PDF-')
    const pages = flat(await pdfPages(body))
    expect(pages).toHaveLength(recipes.length)
    for (const [i, recipe] of recipes.entries()) {
      const page = pages[i]!
      expect(page).toContain(printed(recipe.name))
      expect(page).toContain(`LOT ${printed(recipe.name)}`)
      expect(page).toContain('2026-11-24')
      expect(page).toContain('3 pcs')
      // Requirements scaled from 2 to 3: 0.5 → 0.75 and 1.25 → 1.875; minutes 30 → 45.
      expect(page).toContain(`0.75 kg ${printed(recipe.ingredients[0]!)} RC-${tag}-`)
      expect(page).toContain(`${printed(recipe.name)} note`)
      expect(page).toContain(`1.875 l ${printed(recipe.ingredients[1]!)}`)
      expect(page).toContain(`1. ${printed(recipe.step)} Ofen Ω · crew 2 · 45 min`)
      expect(page).toContain('Page 1 of 1')
      // The oven's hours are a requirement, not an ingredient.
      expect(page).not.toMatch(/1\.5 h/)
    }
    expect(pages[5]).toContain('Pizza □')
    expect(pages[5]).toContain('Mozzarella □')
    expect(pages.join(' ')).not.toMatch(/\p{Extended_Pictographic}/u)
  })

  it('prints in the order asked, and continues a long card over pages of its own', async () => {
    const { body, status } = await download(`ids=${long},${ids[4]},${ids[0]}`, admin)
    expect(status).toBe(200)
    const pages = flat(await pdfPages(body))
    const cardPages = pages.length - 2
    expect(cardPages).toBeGreaterThan(1)
    expect(pages[0]).toContain('Smörgåstårta')
    expect(pages[0]).toContain(`Page 1 of ${cardPages}`)
    expect(pages[1]).toContain('Smörgåstårta (continued)')
    expect(pages[1]).toContain('LOT lång')
    const card = pages.slice(0, cardPages).join(' ')
    for (let i = 1; i <= 45; i++) expect(card).toContain(`15 g Pålägg ${i} 中文 `)
    expect(card).toContain('1. Bygg tårtan')
    expect(pages.at(-2)).toContain('中文面包')
    expect(pages.at(-1)).toContain('Crème brûlée')
    // Subsets: the Chinese font alone is over 10 MB.
    expect(body.byteLength).toBeLessThan(100_000)
  })

  it('answers bad or unknown ids with a 400 naming ids', async () => {
    for (const query of ['ids=1,x', 'ids=', '', 'ids=0', 'ids=1.5']) {
      const { body, status } = await download(query, admin)
      expect(status, query).toBe(400)
      expect(body.errors[0].data.errors[0].path).toBe('ids')
    }
    const unknown = await download(`ids=${ids[0]},99999999`, admin)
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors[0].data.errors[0].message).toMatch(/99999999/)
  })

  it('needs a login and the executions.view permission', async () => {
    expect((await download(`ids=${ids[0]}`)).status).toBe(401)
    const role = await payload.create({
      collection: 'roles',
      data: { name: `Item readers ${tag}`, permissions: ['items.view'] },
    })
    await payload.create({
      collection: 'users',
      data: {
        email: `cards-${tag}@example.com`,
        name: 'Ira Items',
        password: 'items',
        roles: [role.id],
      },
    })
    const token = await api.login(`cards-${tag}@example.com`, 'items')
    const forbidden = await download(`ids=${ids[0]}`, token)
    expect(forbidden.status).toBe(403)
    expect(forbidden.body.errors[0].message).toMatch(/executions\.view/)
    const operator = await api.login('operator@example.com', 'operator')
    expect((await download(`ids=${ids[0]}`, operator)).status).toBe(200)
  })
})
