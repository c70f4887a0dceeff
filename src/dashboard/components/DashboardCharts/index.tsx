import type { PayloadRequest } from 'payload'

/** The dashboard's charts, drawn below its figures. */
export async function DashboardCharts(_props: { floor?: number; req: PayloadRequest }) {
  return null
}
