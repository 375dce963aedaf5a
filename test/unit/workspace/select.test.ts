import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { InputError } from '../../../src/lib/errors.js'
import { selectFiles } from '../../../src/lib/workspace/select.js'

let base: string
let workspace: string
let outside: string

beforeEach(async () => {
  // @actions/glob tells its options and search paths through core.debug; the runner hides those, so does this test.
  const write = process.stdout.write.bind(process.stdout)
  jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => String(chunk).startsWith('::debug::') || write(chunk))
  base = await realpath(await mkdtemp(path.join(os.tmpdir(), 'select-')))
  workspace = path.join(base, 'workspace')
  outside = path.join(base, 'outside')
  await mkdir(workspace)
  await mkdir(outside)
})

afterEach(async () => {
  jest.restoreAllMocks()
  await rm(base, { recursive: true, force: true })
})

/** Makes files below the workspace, each holding its own path. */
async function files(...names: string[]): Promise<void> {
  for (const name of names) {
    await mkdir(path.dirname(path.join(workspace, name)), { recursive: true })
    await writeFile(path.join(workspace, name), name)
  }
}

async function roomPaths(patterns: string, includeHidden = false): Promise<string[]> {
  const selection = await selectFiles(patterns, { workspace, includeHidden })
  return selection.files.map((f) => f.roomPath)
}

describe('selectFiles', () => {
  it('takes every file under a matched folder, with its size and absolute path', async () => {
    await files('dist/a.txt', 'dist/sub/b.txt', 'dist/sub/deeper/c.txt', 'src/x.ts')
    const selection = await selectFiles('dist', { workspace, includeHidden: false })
    expect(selection).toEqual({
      files: [
        { absolute: path.join(workspace, 'dist/a.txt'), roomPath: 'a.txt', size: 'dist/a.txt'.length },
        { absolute: path.join(workspace, 'dist/sub/b.txt'), roomPath: 'sub/b.txt', size: 'dist/sub/b.txt'.length },
        {
          absolute: path.join(workspace, 'dist/sub/deeper/c.txt'),
          roomPath: 'sub/deeper/c.txt',
          size: 'dist/sub/deeper/c.txt'.length
        }
      ],
      unmatched: [],
      hiddenSkipped: 0
    })
    expect(await roomPaths('dist/')).toEqual(['a.txt', 'sub/b.txt', 'sub/deeper/c.txt'])
  })

  it('leaves out what a "!" line excludes, and ignores comments and blank lines', async () => {
    await files('dist/a.txt', 'dist/a.log', 'dist/sub/b.txt', 'dist/sub/b.log', 'dist/tmp/t.txt')
    expect(await roomPaths('# build output\n\ndist/**\n!dist/**/*.log\n  !dist/tmp  \n')).toEqual([
      'a.txt',
      'sub/b.txt'
    ])
  })

  it('lets an exclude act only on the lines above it, as @actions/glob does', async () => {
    await files('dist/a.txt', 'dist/a.log')
    expect(await roomPaths('!dist/*.log\ndist')).toEqual(['a.log', 'a.txt'])
  })

  it('roots the room at the least common ancestor of the patterns, and a file named alone at its name', async () => {
    await files('a/b/x.txt', 'a/c/y.txt', 'a/c/z/w.txt', 'other/o.txt')
    expect(await roomPaths('a/b/x.txt')).toEqual(['x.txt'])
    expect(await roomPaths('a/b/x.txt\na/c/y.txt')).toEqual(['b/x.txt', 'c/y.txt'])
    expect(await roomPaths('a/b\na/c')).toEqual(['b/x.txt', 'c/y.txt', 'c/z/w.txt'])
    expect(await roomPaths('a/**/*.txt')).toEqual(['b/x.txt', 'c/y.txt', 'c/z/w.txt'])
    expect(await roomPaths('a/c/z\nother')).toEqual(['a/c/z/w.txt', 'other/o.txt'])
    // The root comes from the patterns, not the files: a folder with one file keeps the file's folders below it.
    expect(await roomPaths('a/c')).toEqual(['y.txt', 'z/w.txt'])
    expect(await roomPaths('a/*/z/*.txt')).toEqual(['c/z/w.txt'])
    expect(await roomPaths('a')).toEqual(['b/x.txt', 'c/y.txt', 'c/z/w.txt'])
    expect(await roomPaths('a/c/z/w.txt\na/c/z/w.txt')).toEqual(['w.txt'])
  })

  it('roots relative patterns at the workspace, with or without "./", and takes absolute ones inside it', async () => {
    await files('dist/a.txt', 'dist/b.txt')
    expect(await roomPaths('./dist/a.txt')).toEqual(['a.txt'])
    expect(await roomPaths(`${workspace}/dist`)).toEqual(['a.txt', 'b.txt'])
    expect(await roomPaths('.')).toEqual(['dist/a.txt', 'dist/b.txt'])
  })

  it('skips hidden files (any segment starting with ".") and counts them, unless asked to take them', async () => {
    await files('.git/config', '.git/refs/main', 'dist/.env', 'dist/a.txt', 'dist/.cache/c.txt', '.github/ci.yml')
    const hiddenOff = await selectFiles('.', { workspace, includeHidden: false })
    expect(hiddenOff.files.map((f) => f.roomPath)).toEqual(['dist/a.txt'])
    expect(hiddenOff.hiddenSkipped).toBe(5)
    const hiddenOn = await selectFiles('.', { workspace, includeHidden: true })
    expect(hiddenOn.files.map((f) => f.roomPath)).toEqual([
      '.git/config',
      '.git/refs/main',
      '.github/ci.yml',
      'dist/.cache/c.txt',
      'dist/.env',
      'dist/a.txt'
    ])
    expect(hiddenOn.hiddenSkipped).toBe(0)
    // Named outright, a file in a hidden folder is still hidden; two lines meeting it count it once.
    const named = await selectFiles('.github/ci.yml\n.github', { workspace, includeHidden: false })
    expect(named).toEqual({ files: [], unmatched: ['.github/ci.yml', '.github'], hiddenSkipped: 1 })
  })

  it('reports the lines that matched nothing', async () => {
    await files('dist/a.txt')
    await mkdir(path.join(workspace, 'empty'))
    const selection = await selectFiles('dist\nnothing/*.txt\nempty\n!dist/none', { workspace, includeHidden: false })
    // The lines that matched nothing do not move the root.
    expect(selection.files.map((f) => f.roomPath)).toEqual(['a.txt'])
    expect(selection.unmatched).toEqual(['nothing/*.txt', 'empty'])
  })

  it('refuses a pattern that leaves the workspace', async () => {
    await writeFile(path.join(outside, 'secret'), 'secret')
    for (const pattern of [
      '../outside/secret',
      'dist/../../outside',
      '*/../..',
      `${outside}/secret`,
      `${workspace}-sibling/x`,
      '/etc/passwd',
      '~/x'
    ]) {
      const selection = selectFiles(pattern, { workspace, includeHidden: false })
      await expect(selection).rejects.toThrow(InputError)
      await expect(selection).rejects.toThrow(/^Input "path" has the pattern .*, which .*inside the workspace/)
    }
    // A ".." written as a character class is still "..", which @actions/glob refuses.
    await expect(selectFiles('dist/.[.]/x', { workspace, includeHidden: false })).rejects.toThrow(
      /^Input "path" has a pattern @actions\/glob cannot read: .*Relative pathing/
    )
    await expect(selectFiles('!', { workspace, includeHidden: false, input: 'files' })).rejects.toThrow(
      /^Input "files" has the line "!"/
    )
  })

  it('refuses a symbolic link out of the workspace, to a file or a folder, naming the input and the path', async () => {
    await writeFile(path.join(outside, 'secret'), 'secret')
    await files('dist/a.txt')
    await symlink(path.join(outside, 'secret'), path.join(workspace, 'dist/evil'))
    await expect(selectFiles('dist', { workspace, includeHidden: false, input: 'upload-path' })).rejects.toThrow(
      /^Input "upload-path" takes "dist\/evil", a symbolic link to ".*outside\/secret" outside the workspace/
    )
    await rm(path.join(workspace, 'dist/evil'))
    await symlink(outside, path.join(workspace, 'dist/evil-folder'))
    await expect(selectFiles('dist/*', { workspace, includeHidden: false })).rejects.toThrow(
      /^Input "path" takes "dist\/evil-folder", a symbolic link/
    )
    // Through a linked folder, a literal path is not a way out either.
    await expect(selectFiles('dist/evil-folder/secret', { workspace, includeHidden: false })).rejects.toThrow(
      /^Input "path" takes "dist\/evil-folder\/secret", reached through a symbolic link/
    )
  })

  it('takes a link to a file inside the workspace as that file, and does not enter a linked folder', async () => {
    await files('real/r.txt', 'dist/a.txt')
    await symlink(path.join(workspace, 'real/r.txt'), path.join(workspace, 'dist/link.txt'))
    await symlink(path.join(workspace, 'real'), path.join(workspace, 'dist/linked-folder'))
    await symlink(path.join(workspace, 'gone'), path.join(workspace, 'dist/dangling'))
    const selection = await selectFiles('dist', { workspace, includeHidden: false })
    expect(selection.files).toEqual([
      { absolute: path.join(workspace, 'dist/a.txt'), roomPath: 'a.txt', size: 10 },
      { absolute: path.join(workspace, 'real/r.txt'), roomPath: 'link.txt', size: 10 }
    ])
  })

  it('sorts by room path in byte order', async () => {
    await files('d/b.txt', 'd/B.txt', 'd/_.txt', 'd/ä.txt', 'd/z.txt', 'd/\u{1F600}.txt', 'd/\uFF21.txt')
    expect(await roomPaths('d')).toEqual(['B.txt', '_.txt', 'b.txt', 'z.txt', 'ä.txt', '\uFF21.txt', '\u{1F600}.txt'])
  })

  it('refuses more files than the bound, naming it', async () => {
    await files('d/1', 'd/2', 'd/3')
    await expect(selectFiles('d', { workspace, includeHidden: false, limits: { files: 2 } })).rejects.toThrow(
      'Input "path" matches more than 2 files'
    )
    await expect(selectFiles('d', { workspace, includeHidden: false, limits: { entries: 3 } })).rejects.toThrow(
      'Input "path" makes the action look at more than 3 files and folders'
    )
  })
})
