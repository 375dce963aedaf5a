import fc from 'fast-check'
import {
  centredSquare,
  imageHeader,
  keptSize,
  parseColor,
  parseLifetime,
  parseQuota
} from '../../src/inputs/settings.js'
import { jpegImage, pngImage } from '../support/images.js'

describe('settings inputs', () => {
  it('reads quotas in binary units, unlimited and default', () => {
    expect(parseQuota('500 MB')).toBe(500 * 1024 * 1024)
    expect(parseQuota('2gb')).toBe(2 * 1024 ** 3)
    expect(parseQuota('1 TB')).toBe(1024 ** 4)
    expect(parseQuota('64 kb')).toBe(65536)
    expect(parseQuota('Unlimited')).toBe(-1)
    expect(parseQuota('DEFAULT')).toBe(-2)
    for (const bad of ['lots', '500', '-1 MB', '0 GB', '5 PB', 'MB', '1e3 MB']) {
      expect(() => parseQuota(bad)).toThrow(/^Input "quota" /)
    }
  })

  it('reads lifetimes in any case, singular or plural, 1 to 999', () => {
    expect(parseLifetime('30 days', false)).toEqual({ period: 0, value: 30, deletePermanently: false })
    expect(parseLifetime('1 Day', true)).toEqual({ period: 0, value: 1, deletePermanently: true })
    expect(parseLifetime('6 MONTHS', false)).toMatchObject({ period: 1, value: 6 })
    expect(parseLifetime('1 year', false)).toMatchObject({ period: 2, value: 1 })
    expect(parseLifetime('999 years', false)).toMatchObject({ period: 2, value: 999 })
    expect(parseLifetime('Off', false)).toBe('off')
    for (const bad of ['forever', '0 days', '1000 days', '2 weeks', 'days', '1.5 years']) {
      expect(() => parseLifetime(bad, false)).toThrow(/^Input "file-lifetime" /)
    }
  })

  it('reads colours as six hex digits, with or without #', () => {
    expect(parseColor('#1e88e5')).toBe('1E88E5')
    expect(parseColor('FF0000')).toBe('FF0000')
    for (const bad of ['red', '#FFF', '#GGGGGG', '1234567']) expect(() => parseColor(bad)).toThrow(/^Input "color" /)
  })

  it('reads image sizes from PNG and JPEG headers only', () => {
    expect(imageHeader(pngImage(640, 480))).toEqual({ format: 'png', width: 640, height: 480 })
    expect(imageHeader(jpegImage(1920, 1080, 10))).toEqual({ format: 'jpeg', width: 1920, height: 1080 })
    expect(imageHeader(Buffer.from('GIF89a......'))).toBeUndefined()
    expect(imageHeader(pngImage(0, 10))).toBeUndefined()
    expect(imageHeader(jpegImage(10, 10).subarray(0, 24))).toBeUndefined()
  })

  it('cuts the largest centred square of the image as DocSpace keeps it (fitted into 1280x1280)', () => {
    expect(centredSquare(100, 100)).toEqual({ x: 0, y: 0, width: 100, height: 100 })
    expect(centredSquare(300, 500)).toEqual({ x: 0, y: 100, width: 300, height: 300 })
    expect(centredSquare(2000, 1000)).toEqual({ x: 320, y: 0, width: 640, height: 640 })
    // 1000x3000 is kept as 427x1280 (1000 * 1280 / 3000 + 0.5, truncated)
    expect(centredSquare(1000, 3000)).toEqual({ x: 0, y: 426, width: 427, height: 427 })
  })

  it('keeps the crop inside the image at the extremes: more than 2,560 times wider than high, and higher', () => {
    // 3000x1 fits into 1280x0.43, which rounds to 0: the crop started at y = -1.
    expect(centredSquare(3000, 1)).toEqual({ x: 639, y: 0, width: 1, height: 1 })
    expect(centredSquare(1, 3000)).toEqual({ x: 0, y: 639, width: 1, height: 1 })
    expect(centredSquare(65535, 1)).toEqual({ x: 639, y: 0, width: 1, height: 1 })
    expect(centredSquare(2560, 1)).toEqual({ x: 639, y: 0, width: 1, height: 1 })
    expect(centredSquare(1, 1)).toEqual({ x: 0, y: 0, width: 1, height: 1 })
  })

  it('a crop inside the kept image, and inside the image given, for every size a header can hold', () => {
    // PNG sizes are 32-bit, JPEG sizes 16-bit; both start at 1.
    const side = fc.oneof(fc.integer({ min: 1, max: 65535 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }))
    fc.assert(
      fc.property(side, side, (width, height) => {
        const [keptWidth, keptHeight] = keptSize(width, height)
        const { x, y, width: w, height: h } = centredSquare(width, height)
        expect(Number.isInteger(x) && Number.isInteger(y)).toBe(true)
        expect(x).toBeGreaterThanOrEqual(0)
        expect(y).toBeGreaterThanOrEqual(0)
        expect(w).toBe(h)
        expect(w).toBeGreaterThanOrEqual(1)
        expect(x + w).toBeLessThanOrEqual(keptWidth)
        expect(y + h).toBeLessThanOrEqual(keptHeight)
        expect(keptWidth).toBeLessThanOrEqual(Math.min(width, 1280))
        expect(keptHeight).toBeLessThanOrEqual(Math.min(height, 1280))
      }),
      { numRuns: 5000 }
    )
  })
})
