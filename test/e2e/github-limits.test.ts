import { expect } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { CompactRoom } from '../support/docspace-json.js'
import { useEmulator } from './helpers.js'
import type { ActionRun } from './run-action.js'

const env = useEmulator({ operationDelayMs: 1 })
const DAY = 86_400_000

/** GitHub's 1 MB for a job's outputs, which it counts as UTF-16; the smaller reading of "1 MB". */
const OUTPUTS_LIMIT = 1_000_000
/** Above this the runner drops the step summary whole (actions/runner FileCommandManager.cs). */
const SUMMARY_LIMIT = 1024 * 1024

/** The outputs' size as GitHub counts it (UTF-16), and in UTF-8 for good measure. */
function outputSizes(run: ActionRun): { utf16: number; utf8: number } {
  const entries = Object.entries(run.outputs)
  return {
    utf16: entries.reduce((sum, [name, value]) => sum + 2 * (name.length + value.length), 0),
    utf8: entries.reduce((sum, [name, value]) => sum + Buffer.byteLength(name) + Buffer.byteLength(value), 0)
  }
}

function warnings(run: ActionRun): string[] {
  return [...run.stdout.matchAll(/^::warning(?: [^:]*)?::(.*)$/gm)].map((m) => m[1]!)
}

/** A title of DocSpace's longest, 170 characters, each room's different. */
function longTitle(i: number, alphabet: string): string {
  return `${String(i).padStart(5, '0')} ${alphabet.repeat(170)}`.slice(0, 170)
}

describe("GitHub's limit on outputs", () => {
  it('lists 5,200 rooms: rooms holds what fits, rooms-file all of them, and a warning says so', async () => {
    const seeded = Array.from({ length: 5_200 }, (_, i) =>
      env.emulator.addRoom({
        // Half the titles in CJK, three bytes each in UTF-8, so both counts are put to the test.
        title: longTitle(i, i % 2 ? 'Quarterly planning and review ' : '四半期計画と振り返り'),
        tags: [`team-${i % 7}-platform-infrastructure`, `release-2026-q${(i % 4) + 1}-candidate`],
        created: new Date(Date.now() - (i + 1) * 60_000)
      })
    )
    const temp = mkdtempSync(join(tmpdir(), 'runner-temp-'))
    const run = await env.run({ operation: 'list' }, { RUNNER_TEMP: temp })
    expect(run.exitCode).toBe(0)

    // What the runner reads from GITHUB_OUTPUT, within the limit by either count.
    const size = outputSizes(run)
    expect(size.utf16).toBeLessThanOrEqual(OUTPUTS_LIMIT)
    expect(size.utf8).toBeLessThanOrEqual(OUTPUTS_LIMIT)

    // The file has every room, newest first as the output; the output is its beginning.
    const file = run.outputs['rooms-file']!
    expect(dirname(file)).toBe(temp)
    const all = JSON.parse(readFileSync(file, 'utf8')) as CompactRoom[]
    expect(all.map((r) => r.id)).toEqual(seeded.map((r) => r.id))
    expect(all[1]).toMatchObject({ title: seeded[1]!.title, tags: seeded[1]!.tags })
    const rooms = JSON.parse(run.outputs.rooms!) as CompactRoom[]
    expect(rooms.length).toBeGreaterThan(1_000)
    expect(rooms.length).toBeLessThan(5_200)
    expect(rooms).toEqual(all.slice(0, rooms.length))
    expect(run.outputs.count).toBe('5200')

    expect(warnings(run)).toEqual([
      `The rooms output holds the first ${rooms.length} of 5200 rooms: all of them would pass GitHub's 1 MB limit on outputs. All 5200 are in ${file}, the file the rooms-file output names.`
    ])
  }, 60_000)

  it('keeps a short list whole, and writes its file too, with the key scrubbed', async () => {
    const seeded = [
      env.emulator.addRoom({ title: 'One' }),
      env.emulator.addRoom({ title: `Quotes ${env.emulator.apiKey}` })
    ]
    const run = await env.run({ operation: 'list' })
    expect(run.exitCode).toBe(0)
    const rooms = JSON.parse(run.outputs.rooms!) as CompactRoom[]
    expect(rooms.map((r) => r.id).sort()).toEqual(seeded.map((r) => r.id).sort())
    const file = readFileSync(run.outputs['rooms-file']!, 'utf8')
    expect(JSON.parse(file)).toEqual(rooms)
    expect(file).toContain('Quotes ***')
    expect(file).not.toContain(env.emulator.apiKey)
    expect(warnings(run)).toEqual([])
  })
})

describe("GitHub's limit on the step summary", () => {
  it('stays under 1 MiB when archive-stale fails on many rooms with long titles and messages', async () => {
    const rooms = Array.from({ length: 700 }, (_, i) =>
      env.emulator.addRoom({
        // Quotes and ampersands are escaped to five bytes each in the summary.
        title: longTitle(i, `"Q&A" & 'review' `),
        created: new Date(Date.now() - (100 + i) * DAY)
      })
    )
    const message = `The room cannot be moved: ${'it is being edited by another user, '.repeat(20)}`
    env.emulator.faults.add({ path: /\/archive$/, times: Infinity, fault: { kind: 'op-error', message } })
    const run = await env.run({ operation: 'archive-stale', 'stale-days': '30', 'max-rooms': '700' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.count).toBe('0')
    expect(run.errors[0]).toContain('700 rooms failed:')

    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(SUMMARY_LIMIT)
    expect(run.summary).toContain('<h3>DocSpace rooms: archive-stale</h3>')
    const listed = [...run.summary.matchAll(/<br>room (\d+) /g)].map((m) => Number(m[1]))
    expect(listed.length).toBeGreaterThan(100)
    const more = /… and (\d+) more \(see the log\)/.exec(run.summary)
    expect(listed.length + Number(more?.[1])).toBe(rooms.length)
  }, 60_000)
})
