// What the emulator needs of an uploaded logo image: its format and size. DocSpace reads it with ImageMagick
// and accepts PNG and JPEG only (web/ASC.Web.Core/Users/UserPhotoThumbnailManager.cs:89-110); the emulator reads
// the header: PNG's IHDR, JPEG's first start-of-frame segment.

export interface ImageHeader {
  format: 'png' | 'jpeg'
  width: number
  height: number
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
/** SOF0-3, 5-7, 9-11, 13-15 carry the frame size; C4, C8, CC are other segments. */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf])

export function readImageHeader(data: Buffer): ImageHeader | undefined {
  if (data.length >= 24 && data.subarray(0, 8).equals(PNG_SIGNATURE) && data.toString('latin1', 12, 16) === 'IHDR') {
    const width = data.readUInt32BE(16)
    const height = data.readUInt32BE(20)
    return width > 0 && height > 0 ? { format: 'png', width, height } : undefined
  }
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return undefined
  let at = 2
  while (at + 4 <= data.length) {
    if (data[at] !== 0xff) return undefined
    const marker = data[at + 1]!
    if (marker === 0xff) {
      at++
      continue
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2
      continue
    }
    const length = data.readUInt16BE(at + 2)
    if (SOF.has(marker)) {
      if (at + 9 > data.length) return undefined
      const height = data.readUInt16BE(at + 5)
      const width = data.readUInt16BE(at + 7)
      return width > 0 && height > 0 ? { format: 'jpeg', width, height } : undefined
    }
    at += 2 + length
  }
  return undefined
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
