import {
  Check,
  ClipboardList,
  Clock,
  Flag,
  type LucideIcon,
  Package,
  Paintbrush,
  Pause,
  Play,
  Settings,
  Wrench,
} from 'lucide-react'
import React from 'react'

import { isStatusIcon, type StatusIcon as StatusIconName } from '../../rules/statusAppearance'

/** Each status icon name drawn by lucide's SVG icons. */
export const statusIconComponents: Record<StatusIconName, LucideIcon> = {
  box: Package,
  brush: Paintbrush,
  check: Check,
  clipboard: ClipboardList,
  clock: Clock,
  flag: Flag,
  gear: Settings,
  pause: Pause,
  play: Play,
  wrench: Wrench,
}

/** A status's icon as an inline SVG in the current text color; nothing for an unknown name. */
export function StatusIcon({ name, size = 14 }: { name?: null | string; size?: number }) {
  if (!isStatusIcon(name)) return null
  const Icon = statusIconComponents[name]
  return (
    <Icon aria-hidden="true" data-icon={name} focusable="false" size={size} strokeWidth={2.25} />
  )
}
