import { readFileSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { FileLifetime, LogoImage, RoomSettings } from '../docspace/settings.js'
import { InputError } from '../lib/errors.js'

/** The inputs for settings, each read once; `read` returns '' for an input not given. */
export const SETTINGS_INPUTS = [
  'quota',
  'file-lifetime',
  'file-lifetime-permanent',
  'deny-download',
  'indexing',
  'color',
  'logo'
] as const

/** DocSpace's limit on a logo image: `web:max-upload-size`, 1 MB unless the portal's configuration changes it
 * (web/ASC.Web.Core/SetupInfo.cs:101; RoomLogoManager.cs:283-289). */
export const MAX_LOGO_BYTES = 1024 * 1024
/** DocSpace fits a logo image into this square before cutting it (RoomLogoManager.cs:66, 297). */
const LOGO_FIT = 1280
const MIB = 1024 * 1024
const UNITS: Record<string, number> = { kb: 1024, mb: MIB, gb: 1024 * MIB, tb: 1024 * 1024 * MIB }
const PERIODS: Record<string, 0 | 1 | 2> = { day: 0, month: 1, year: 2 }

export function readSettings(
  read: (name: string) => string,
  parseBoolean: (name: string, raw: string) => boolean,
  workspace: string
): RoomSettings {
  const settings: RoomSettings = {}
  const given = (name: string): string | undefined => (read(name).trim() === '' ? undefined : read(name).trim())
  const quota = given('quota')
  if (quota !== undefined) settings.quota = parseQuota(quota)
  const lifetime = given('file-lifetime')
  const permanent = given('file-lifetime-permanent')
  if (lifetime !== undefined) {
    const deletePermanently = permanent === undefined ? false : parseBoolean('file-lifetime-permanent', permanent)
    settings.lifetime = parseLifetime(lifetime, deletePermanently)
    if (settings.lifetime === 'off' && permanent !== undefined) {
      throw new InputError('file-lifetime-permanent', 'goes with a file-lifetime such as "30 days", not with "off"')
    }
  } else if (permanent !== undefined) {
    throw new InputError(
      'file-lifetime-permanent',
      'needs file-lifetime: DocSpace sets the lifetime and what happens to expired files together'
    )
  }
  const deny = given('deny-download')
  if (deny !== undefined) settings.denyDownload = parseBoolean('deny-download', deny)
  const indexing = given('indexing')
  if (indexing !== undefined) settings.indexing = parseBoolean('indexing', indexing)
  const color = given('color')
  if (color !== undefined) settings.color = parseColor(color)
  const logo = given('logo')
  if (logo !== undefined) settings.logo = readLogo(logo, workspace)
  return settings
}

export function parseQuota(raw: string): number {
  const value = raw.trim().toLowerCase()
  if (value === 'unlimited') return -1
  if (value === 'default') return -2
  const match = /^(\d+(?:\.\d+)?)\s*(kb|mb|gb|tb)$/.exec(value)
  const bytes = match ? Math.round(Number(match[1]) * UNITS[match[2]!]!) : NaN
  if (!(bytes >= 1) || !Number.isSafeInteger(bytes)) {
    throw new InputError(
      'quota',
      `must be a size such as "500 MB" or "2 GB" (1 MB = 1,048,576 bytes), "unlimited" or "default" (the portal's default for rooms); got "${raw.trim()}"`
    )
  }
  return bytes
}

export function parseLifetime(raw: string, deletePermanently: boolean): FileLifetime | 'off' {
  const value = raw.trim().toLowerCase()
  if (value === 'off') return 'off'
  const match = /^(\d+)\s*(day|month|year)s?$/.exec(value)
  const count = match ? Number(match[1]) : NaN
  if (!match || !(count >= 1 && count <= 999)) {
    throw new InputError(
      'file-lifetime',
      `must be a number from 1 to 999 and days, months or years, such as "30 days", "6 months" or "1 year", or "off"; got "${raw.trim()}"`
    )
  }
  return { period: PERIODS[match[2]!]!, value: count, deletePermanently }
}

export function parseColor(raw: string): string {
  const value = raw.trim()
  if (!/^#?[0-9a-f]{6}$/i.test(value)) {
    throw new InputError(
      'color',
      `must be six hexadecimal digits RRGGBB, such as "1E88E5" or "#1E88E5"; got "${value}"`
    )
  }
  return value.replace(/^#/, '').toUpperCase()
}

/** Reads the logo image: a file in the workspace, PNG or JPEG by its first bytes, no larger than DocSpace takes. */
export function readLogo(raw: string, workspace: string): LogoImage {
  const path = raw.trim()
  const full = resolve(workspace, path)
  let real: string
  let size: number
  try {
    real = realpathSync(full)
    const stat = statSync(real)
    if (!stat.isFile()) throw new InputError('logo', `must name a file; "${path}" is not one`)
    size = stat.size
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError('logo', `names no file in the workspace: "${path}" was not found`)
  }
  let root: string
  try {
    root = realpathSync(workspace)
  } catch {
    throw new InputError('logo', `needs the workspace, and ${workspace} is not there; check out the repository first`)
  }
  const inside = relative(root, real)
  // `..` as a path segment, not the start of a name such as `..logo.png`.
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new InputError('logo', `must be a file in the workspace (${workspace}); "${path}" is outside it`)
  }
  if (size > MAX_LOGO_BYTES) {
    throw new InputError(
      'logo',
      `is ${(size / MIB).toFixed(2)} MB; DocSpace takes logo images of at most 1 MB (1,048,576 bytes)`
    )
  }
  const data = readFileSync(real)
  const header = imageHeader(data)
  if (!header) throw new InputError('logo', `must be a PNG or JPEG image; "${path}" is neither`)
  return {
    path,
    fileName: real.split(/[\\/]/).at(-1)!,
    data,
    ...header,
    crop: centredSquare(header.width, header.height)
  }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
/** JPEG start-of-frame markers, which carry the image size (C4, C8 and CC are other segments). */
const JPEG_FRAMES = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf])

/** Format and size from the header: PNG's IHDR, or the first start-of-frame segment of a JPEG. */
export function imageHeader(data: Buffer): { format: 'png' | 'jpeg'; width: number; height: number } | undefined {
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
    // Fill bytes, and markers that stand alone without a length.
    if (marker === 0xff) at += 1
    else if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) at += 2
    else if (JPEG_FRAMES.has(marker)) {
      if (at + 9 > data.length) return undefined
      const height = data.readUInt16BE(at + 5)
      const width = data.readUInt16BE(at + 7)
      return width > 0 && height > 0 ? { format: 'jpeg', width, height } : undefined
    } else at += 2 + data.readUInt16BE(at + 2)
  }
  return undefined
}

/**
 * The largest centred square of the image as DocSpace keeps it: the upload is first fitted into 1280x1280, keeping
 * its aspect and rounding half up (UserPhotoThumbnailManager.TryParseImage, UserPhotoThumbnailManager.cs:112-175),
 * and the crop is given in that image's pixels (RoomLogoManager.SaveLogo, :117-136).
 */
export function centredSquare(width: number, height: number): LogoImage['crop'] {
  const [w, h] = keptSize(width, height)
  const side = Math.min(w, h)
  return { x: Math.floor((w - side) / 2), y: Math.floor((h - side) / 2), width: side, height: side }
}

/**
 * The size DocSpace keeps an image at: fitted into 1280x1280 as above. A side that rounds to 0 (an image more than
 * 2,560 times wider than high, or higher than wide) is taken as 1: no image has a side of 0 pixels, and the crop of
 * a 0-pixel side started at -1, outside the image.
 */
export function keptSize(width: number, height: number): [number, number] {
  if (width <= LOGO_FIT && height <= LOGO_FIT) return [width, height]
  if (width > height) return [LOGO_FIT, Math.max(1, Math.floor((height * LOGO_FIT) / width + 0.5))]
  return [Math.max(1, Math.floor((width * LOGO_FIT) / height + 0.5)), LOGO_FIT]
}
