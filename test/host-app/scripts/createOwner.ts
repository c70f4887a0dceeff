import { getPayload } from 'payload'

import config from '../payload.config'

// The site's own data from before the plugin: its owner's account and a page
// (`npx payload run scripts/createOwner.ts`).
const payload = await getPayload({ config })
await payload.create({
  collection: 'users',
  data: { email: 'owner@example.com', password: 'owner-password' },
})
await payload.create({ collection: 'pages', data: { slug: 'home', title: 'Home' } })
await payload.destroy()
