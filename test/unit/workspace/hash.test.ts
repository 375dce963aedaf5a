import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { hashFile } from '../../../src/lib/workspace/hash.js'

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'hash-'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('hashFile', () => {
  it('gives the sha256 and size of a 30 MB file, as crypto does over the same bytes', async () => {
    const bytes = randomBytes(30 * 1024 * 1024 + 7)
    const file = path.join(dir, 'big.bin')
    await writeFile(file, bytes)
    expect(await hashFile(file)).toEqual({
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: bytes.length
    })
  })

  it('hashes an empty file', async () => {
    const file = path.join(dir, 'empty')
    await writeFile(file, '')
    expect(await hashFile(file)).toEqual({
      sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      size: 0
    })
  })

  it('fails for a file that is not there', async () => {
    await expect(hashFile(path.join(dir, 'missing'))).rejects.toThrow(/ENOENT/)
  })
})
