import type { StockChange } from './stockChanges'

/** What moving one execution or manufacturing order to a status would do (previewTransition). */
export type TransitionPreview = {
  allowed: boolean
  changes: StockChange[]
  from: { id: number; name: string } | null
  post: { action: string; item: number; line: string; quantity: string }[]
  problems: { field?: string; message: string; status: number }[]
  reverse: { action: string; item: number; line: string; quantity: string }[]
  to: { id: number; name: string }
}
