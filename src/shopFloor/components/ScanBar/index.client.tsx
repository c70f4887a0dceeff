'use client'
import { Banner } from '@payloadcms/ui'
import { Camera } from 'lucide-react'
import React, { useCallback, useState } from 'react'

import { TouchButton } from '../touch/TouchButton'
import { CameraScanner } from './CameraScanner.client'
import { useKeyboardWedge } from './useKeyboardWedge'
import { useScanResolver } from './useScanResolver'

const bannerType = { busy: 'default', done: 'success', refused: 'error' } as const

/**
 * Reads codes scanned on the shop floor, on every screen: from a keyboard-wedge scanner at any
 * time, or from the camera at a tap. A document's code opens it; a lot's code goes to the
 * station on screen.
 */
export function ScanBar() {
  const { notice, resolve } = useScanResolver()
  const [camera, setCamera] = useState(false)
  const onCode = useCallback((code: string) => void resolve(code), [resolve])
  const closeCamera = useCallback(() => setCamera(false), [])
  useKeyboardWedge(onCode)
  return (
    <section aria-label="Scan" data-testid="scan-bar" style={{ padding: '8px 0' }}>
      <div style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: 12 }}>
        <TouchButton aria-pressed={camera} id="scan-camera" onClick={() => setCamera(!camera)}>
          <Camera aria-hidden size={22} /> Scan
        </TouchButton>
        <span style={{ color: 'var(--theme-elevation-600)', fontSize: 15 }}>
          Scan a recipe card, pick list, order or lot label.
        </span>
      </div>
      {camera && <CameraScanner onClose={closeCamera} onCode={onCode} />}
      {notice && (
        <div aria-live="polite" data-testid="scan-notice" role="status" style={{ marginTop: 8 }}>
          <Banner type={bannerType[notice.kind]}>{notice.text}</Banner>
        </div>
      )}
    </section>
  )
}
