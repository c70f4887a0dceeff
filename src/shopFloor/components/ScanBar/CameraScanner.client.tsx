'use client'
import React, { useEffect, useRef, useState } from 'react'

import { TouchButton } from '../touch/TouchButton'
import { startCameraScan } from './cameraScan'

type Props = { onClose: () => void; onCode: (text: string) => void }

/** The camera's picture while it looks for a code; closes once one is read. */
export function CameraScanner({ onClose, onCode }: Props) {
  const video = useRef<HTMLVideoElement>(null)
  const [problem, setProblem] = useState('')
  useEffect(() => {
    let stop: (() => void) | undefined
    let cancelled = false
    startCameraScan(video.current!, (text) => {
      onClose()
      onCode(text)
    })
      .then((stopScan) => (cancelled ? stopScan() : (stop = stopScan)))
      .catch(() =>
        setProblem(
          'The camera could not be started. Allow the camera for this site, or use a scanner.',
        ),
      )
    return () => {
      cancelled = true
      stop?.()
    }
  }, [onClose, onCode])
  return (
    <div
      aria-label="Camera scanner"
      role="dialog"
      style={{ display: 'grid', gap: 12, margin: '8px 0', maxWidth: 480 }}
    >
      <video
        muted
        playsInline
        ref={video}
        style={{ background: '#000', borderRadius: 8, maxHeight: '50vh', width: '100%' }}
      />
      {problem ? <p role="alert">{problem}</p> : <p>Point the camera at a code.</p>}
      <TouchButton id="scan-camera-close" onClick={onClose}>
        Close camera
      </TouchButton>
    </div>
  )
}
