'use client'

/** Stops a camera scan: the camera is released. */
export type StopScan = () => void

type Detector = { detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]> }
type DetectorClass = new (options: { formats: string[] }) => Detector

const rearCamera: MediaStreamConstraints = { audio: false, video: { facingMode: 'environment' } }

/** With the browser's own BarcodeDetector: the camera's frames, looked at a few times a second. */
async function scanWithDetector(
  Detector: DetectorClass,
  video: HTMLVideoElement,
  onCode: (text: string) => void,
): Promise<StopScan> {
  const stream = await navigator.mediaDevices.getUserMedia(rearCamera)
  const detector = new Detector({ formats: ['qr_code', 'code_128'] })
  video.srcObject = stream
  await video.play()
  let stopped = false
  const stop = () => {
    stopped = true
    stream.getTracks().forEach((track) => track.stop())
  }
  const look = async () => {
    if (stopped) return
    const [found] = await detector.detect(video).catch(() => [])
    if (found?.rawValue) {
      stop()
      onCode(found.rawValue)
    } else setTimeout(look, 200)
  }
  void look()
  return stop
}

/**
 * Reads codes from the device's camera into `video` until one is read (then `onCode` once) or
 * the returned function is called: with BarcodeDetector where the browser has one, else ZXing.
 */
export async function startCameraScan(
  video: HTMLVideoElement,
  onCode: (text: string) => void,
): Promise<StopScan> {
  const Detector = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector
  if (Detector) return scanWithDetector(Detector, video, onCode)
  const { BrowserMultiFormatReader } = await import('@zxing/browser')
  let done = false
  const controls = await new BrowserMultiFormatReader().decodeFromConstraints(
    rearCamera,
    video,
    (result, _error, running) => {
      if (!result || done) return
      done = true
      running.stop()
      onCode(result.getText())
    },
  )
  return () => controls.stop()
}
