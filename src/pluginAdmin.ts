import type { Config } from 'payload'

import type { SanitizedOptions } from './options'

import { shopFloorPath } from './shopFloor/rules/shopFloorRoute'

/** The shop floor, for operators at a station: /admin/shop-floor and the screens under it. */
const shopFloorView = {
  Component: 'payload-plugin-manufacturing/rsc#ShopFloorView',
  meta: { title: 'Shop floor' },
  path: shopFloorPath,
}

/**
 * The production home, the shop floor, the dashboard's access summary, and the plugin's users as
 * the admin's unless the app says.
 */
export function pluginAdmin(config: Config, options: SanitizedOptions): Config['admin'] {
  return {
    ...config.admin,
    components: options.disabled
      ? config.admin?.components
      : {
          ...config.admin?.components,
          afterNavLinks: [
            ...(config.admin?.components?.afterNavLinks ?? []),
            'payload-plugin-manufacturing/rsc#ShopFloorNavLink',
          ],
          beforeDashboard: [
            'payload-plugin-manufacturing/rsc#ShopFloorLanding',
            ...(config.admin?.components?.beforeDashboard ?? []),
            'payload-plugin-manufacturing/rsc#YourAccess',
          ],
          views: {
            ...config.admin?.components?.views,
            // The app's own home wins; otherwise production users land on the dashboard.
            dashboard: config.admin?.components?.views?.dashboard ?? {
              Component: 'payload-plugin-manufacturing/rsc#ProductionHome',
            },
            shopFloor: shopFloorView,
          },
        },
    user: config.admin?.user ?? options.usersCollection,
  }
}
