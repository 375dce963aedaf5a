import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { tempName, writeWhole, WriteRefusedError } from '../../../src/lib/workspace/write.js'

let base: string
let root: string
let outside: string

beforeEach(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'write-'))
  root = path.join(base, 'download')
  outside = path.join(base, 'outside')
  await mkdir(outside)
})

afterEach(async () => {
  await rm(base, { recursive: true, force: true })
})

async function* chunks(...parts: string[]): AsyncIterable<Buffer> {
  for (const part of parts) yield await Promise.resolve(Buffer.from(part))
}

/** Every entry below a folder, '/'-separated, folders ending in '/'. */
async function tree(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  return entries
    .map((e) => path.relative(folder, path.join(e.parentPath, e.name)) + (e.isDirectory() ? '/' : ''))
    .sort()
}

describe('writeWhole', () => {
  it('writes a file, making its folders, and leaves no temporary file', async () => {
    const target = path.join(root, 'docs/2024/report.txt')
    expect(await writeWhole(target, chunks('hello ', 'world'), 11, root)).toBe(11)
    expect(await readFile(target, 'utf8')).toBe('hello world')
    expect(await tree(root)).toEqual(['docs/', 'docs/2024/', 'docs/2024/report.txt'])
  })

  it('reads a Node stream, and an empty one', async () => {
    const target = path.join(root, 'a.bin')
    expect(await writeWhole(target, Readable.from([Buffer.from([1, 2]), Buffer.from([3])]), 3, root)).toBe(3)
    expect([...(await readFile(target))]).toEqual([1, 2, 3])
    expect(await writeWhole(path.join(root, 'empty'), Readable.from([]), 0, root)).toBe(0)
    expect(await readFile(path.join(root, 'empty'), 'utf8')).toBe('')
  })

  it('replaces an existing file whole', async () => {
    const target = path.join(root, 'a.txt')
    await mkdir(root)
    await writeFile(target, 'the old, longer content')
    expect(await writeWhole(target, chunks('new'), 100, root)).toBe(3)
    expect(await readFile(target, 'utf8')).toBe('new')
    expect(await tree(root)).toEqual(['a.txt'])
  })

  it('refuses more bytes than allowed, removes the temporary file, and keeps the old file', async () => {
    const target = path.join(root, 'docs/a.txt')
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, 'old')
    const write = writeWhole(target, chunks('12345', '67890', 'x'), 10, root, 'Room/docs/a.txt')
    await expect(write).rejects.toThrow(WriteRefusedError)
    await expect(write).rejects.toThrow(
      'the portal sent more than the 10 bytes its listing declared for Room/docs/a.txt'
    )
    expect(await readFile(target, 'utf8')).toBe('old')
    expect(await tree(root)).toEqual(['docs/', 'docs/a.txt'])
  })

  it('names the file by its path below the root when no label is given', async () => {
    await expect(writeWhole(path.join(root, 'd/b.txt'), chunks('xx'), 1, root)).rejects.toThrow(
      'the portal sent more than the 1 bytes its listing declared for d/b.txt'
    )
    expect(await tree(root)).toEqual(['d/'])
  })

  it('removes the temporary file when the source fails', async () => {
    async function* failing(): AsyncIterable<Buffer> {
      yield await Promise.resolve(Buffer.from('part'))
      throw new Error('connection reset')
    }
    await expect(writeWhole(path.join(root, 'a.txt'), failing(), 100, root)).rejects.toThrow('connection reset')
    expect(await tree(root)).toEqual([])
  })

  it('refuses a target that is a symbolic link, leaving the link and what it points at', async () => {
    await mkdir(root)
    const victim = path.join(outside, 'victim')
    await writeFile(victim, 'precious')
    const target = path.join(root, 'a.txt')
    await symlink(victim, target)
    await expect(writeWhole(target, chunks('evil'), 100, root)).rejects.toThrow(
      'Refused to write a.txt: it is a symbolic link'
    )
    expect(await readFile(victim, 'utf8')).toBe('precious')
    expect(await readlink(target)).toBe(victim)
    expect(await tree(root)).toEqual(['a.txt'])
  })

  it('refuses a folder on the way that is a symbolic link, even to a folder', async () => {
    await mkdir(root)
    await symlink(outside, path.join(root, 'docs'))
    await expect(writeWhole(path.join(root, 'docs/sub/a.txt'), chunks('evil'), 100, root)).rejects.toThrow(
      'Refused to write docs/sub/a.txt: the folder "docs" on its way is a symbolic link'
    )
    expect(await readdir(outside)).toEqual([])
  })

  it('refuses a file on the way, and a folder at the target', async () => {
    await mkdir(path.join(root, 'a/b'), { recursive: true })
    await writeFile(path.join(root, 'a/file'), 'x')
    await expect(writeWhole(path.join(root, 'a/file/c.txt'), chunks('x'), 100, root)).rejects.toThrow(
      'Refused to write a/file/c.txt: "a/file" on its way is a file, not a folder'
    )
    await expect(writeWhole(path.join(root, 'a/b'), chunks('x'), 100, root)).rejects.toThrow(
      'Refused to write a/b: a folder is there'
    )
    expect(await tree(root)).toEqual(['a/', 'a/b/', 'a/file'])
  })

  it('refuses a target outside the root', async () => {
    for (const target of [path.join(outside, 'x'), root, path.join(root, '../x')]) {
      await expect(writeWhole(target, chunks('x'), 100, root)).rejects.toThrow(/not inside the download folder/)
    }
    expect((await lstat(outside)).isDirectory()).toBe(true)
    expect(await readdir(outside)).toEqual([])
  })

  it('names the temporary file after the target, hidden, within 255 bytes', () => {
    expect(tempName('report.docx')).toMatch(/^\.report\.docx\.[0-9a-f]{12}\.part$/)
    const long = tempName('é'.repeat(127))
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(255)
    expect(long).toMatch(/^\.é+\.[0-9a-f]{12}\.part$/)
  })
})
