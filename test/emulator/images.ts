// What the emulator needs of an uploaded logo image: its format and size. DocSpace reads it with ImageMagick
// and accepts PNG and JPEG only (web/ASC.Web.Core/Users/UserPhotoThumbnailManager.cs:89-110). The emulator reads it
// with the image-size package, not with a parser of its own: the action reads the header itself
// (src/inputs/settings.ts), and one understanding in both would let them agree on a mistake.
import { imageSize } from 'image-size'

export interface ImageHeader {
  format: 'png' | 'jpeg'
  width: number
  height: number
}

export function readImageHeader(data: Buffer): ImageHeader | undefined {
  try {
    const { type, width, height } = imageSize(data)
    const format = type === 'png' ? 'png' : type === 'jpg' ? 'jpeg' : undefined
    return format && width > 0 && height > 0 ? { format, width, height } : undefined
  } catch {
    return undefined
  }
}

/** The size SaveTempAsync stores: fitted inside 1280x1280 keeping the aspect, rounded half up
 * (UserPhotoThumbnailManager.TryParseImage, UserPhotoThumbnailManager.cs:112-175; RoomLogoManager.cs:66, 297). */
export function fitLogo(width: number, height: number, max = 1280): { width: number; height: number } {
  let w = width
  let h = height
  if (h <= max && w <= max) return { width: w, height: h }
  if (w > max && h > max) {
    if (w > h) {
      h = Math.floor((h * max) / w + 0.5)
      w = max
    } else {
      w = Math.floor((w * max) / h + 0.5)
      h = max
    }
  }
  if (w > max && h <= max) {
    h = Math.floor((h * max) / w + 0.5)
    w = max
  }
  if (w <= max && h > max) {
    w = Math.floor((w * max) / h + 0.5)
    h = max
  }
  return { width: w, height: h }
}
