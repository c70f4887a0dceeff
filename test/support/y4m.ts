import type { GreyImage } from './pdfBarcodes'

/**
 * A grey image as a Y4M video (what Chromium's fake camera plays, `--use-file-for-fake-video-
 * capture`): the image enlarged `zoom` times in the middle of a white `width` × `height` frame,
 * repeated `frames` times; colour planes neutral.
 */
export function y4mOf(
  image: GreyImage,
  { frames = 10, height = 480, width = 640, zoom = 3 } = {},
): Buffer {
  const luma = Buffer.alloc(width * height, 235)
  const left = Math.floor((width - image.width * zoom) / 2)
  const top = Math.floor((height - image.height * zoom) / 2)
  for (let y = 0; y < image.height * zoom; y++)
    for (let x = 0; x < image.width * zoom; x++) {
      const grey = image.pixels[Math.floor(y / zoom) * image.width + Math.floor(x / zoom)]!
      // Video luma runs 16 (black) to 235 (white).
      luma[(top + y) * width + left + x] = 16 + Math.round((grey / 255) * 219)
    }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128)
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma])
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`)
  return Buffer.concat([header, ...Array.from({ length: frames }, () => frame)])
}
