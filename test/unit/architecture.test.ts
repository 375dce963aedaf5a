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

/** Every loop in a graph of modules, each written a → b → a. */
function findLoops(graph: Map<string, string[]>): string[][] {
  const loops: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (file: string): void => {
    state.set(file, 'open')
    stack.push(file)
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') loops.push([...stack.slice(stack.indexOf(next)), next])
      else if (!state.has(next)) visit(next)
    }
    stack.pop()
    state.set(file, 'done')
  }
  for (const file of graph.keys()) if (!state.has(file)) visit(file)
  return loops
}

/** Imports from a folder to another of the same or a higher rank. */
function upwardImports(graph: Map<string, string[]>, areaOf: (file: string) => string): [string, string][] {
  return [...graph].flatMap(([from, to]) =>
    to
      .filter((t) => areaOf(t) !== areaOf(from) && RANK[areaOf(t)]! >= RANK[areaOf(from)]!)
      .map((t): [string, string] => [from, t])
  )
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
    const missing = [...graph].flatMap(([from, to]) =>
      to.filter((t) => !graph.has(t)).map((t) => `${name(from)} → ${name(t)}`)
    )
    expect(missing).toEqual([])
  })

  it('has no import loop, type-only imports included', () => {
    expect(findLoops(graph).map((loop) => loop.map(name).join(' → '))).toEqual([])
  })

  it('imports downwards only: inputs → operations → docspace / github, lib beneath them all', () => {
    expect(upwardImports(graph, area).map(([from, to]) => `${name(from)} → ${name(to)}`)).toEqual([])
  })

  it('finds a loop and an upward import when there is one', () => {
    const loop = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']]
    ])
    expect(findLoops(loop)).toEqual([['a', 'b', 'c', 'a']])
    const up = new Map([
      ['docspace/x', ['operations/y']],
      ['operations/y', ['docspace/x', 'lib/z']],
      ['lib/z', []]
    ])
    expect(upwardImports(up, (f) => f.split('/')[0]!)).toEqual([['docspace/x', 'operations/y']])
  })
})
