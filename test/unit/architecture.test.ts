import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

// The layout docs/architecture.md describes, kept by the tests rather than by review: src/'s top level names the
// concerns, every folder imports only the layers below it, and no module imports itself round a loop.

const root = resolve(import.meta.dirname, '../..')
const src = join(root, 'src')

/** Each folder may import only folders of a lower rank (and itself); lib/ imports none of them. */
const RANK: Record<string, number> = {
  lib: 0,
  docspace: 1,
  github: 2,
  workspace: 2,
  inputs: 3,
  operations: 4,
  report: 5,
  '.': 6
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : []
  })
}

/** Every relative import of a module, type-only ones and re-exports included. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => resolve(dirname(file), name.replace(/\.js$/, '.ts')))
}

const files = sources(src)
const graph = new Map(files.map((f) => [f, importsOf(f)]))
const area = (file: string): string => relative(src, file).split('/').slice(0, -1)[0] ?? '.'
const name = (file: string): string => relative(root, file)

describe('the layout of src/', () => {
  it('has at most 8 entries at its top level, each folder a known layer', () => {
    const entries = readdirSync(src)
    expect(entries.length).toBeLessThanOrEqual(8)
    for (const entry of entries) {
      if (statSync(join(src, entry)).isDirectory()) expect(Object.keys(RANK)).toContain(entry)
    }
  })

  it('has no source file over 400 lines', () => {
    const long = files
      .map((f) => ({ file: name(f), lines: readFileSync(f, 'utf8').split('\n').length }))
      .filter((f) => f.lines > 400)
    expect(long).toEqual([])
  })

  it('imports only existing modules', () => {
    const missing = [...graph].flatMap(([from, to]) => to.filter((t) => !graph.has(t)).map((t) => `${name(from)} → ${name(t)}`))
    expect(missing).toEqual([])
  })

  it('has no import loop, type-only imports included', () => {
    const loops: string[] = []
    const state = new Map<string, 'open' | 'done'>()
    const stack: string[] = []
    const visit = (file: string): void => {
      state.set(file, 'open')
      stack.push(file)
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') loops.push([...stack.slice(stack.indexOf(next)), next].map(name).join(' → '))
        else if (!state.has(next)) visit(next)
      }
      stack.pop()
      state.set(file, 'done')
    }
    for (const file of files) if (!state.has(file)) visit(file)
    expect(loops).toEqual([])
  })

  it('imports downwards only: inputs → operations → docspace / github, lib beneath them all', () => {
    const upward = [...graph].flatMap(([from, to]) =>
      to
        .filter((t) => area(t) !== area(from) && RANK[area(t)]! >= RANK[area(from)]!)
        .map((t) => `${name(from)} → ${name(t)}`)
    )
    expect(upward).toEqual([])
  })

  it('finds a loop and an upward import when there is one (the checks can fail)', () => {
    const loopGraph = new Map([
      ['a', ['b']],
      ['b', ['a']]
    ])
    const seen: string[] = []
    for (const [from, to] of loopGraph) for (const t of to) if (loopGraph.get(t)?.includes(from)) seen.push(from)
    expect(seen).toEqual(['a', 'b'])
    expect(RANK.docspace! >= RANK.operations!).toBe(false)
  })
})
