import { jest } from '@jest/globals'

jest.unstable_mockModule('@actions/core', () => ({ setSecret: () => undefined, getInput: () => '' }))
const { Deadline } = await import('../../src/lib/deadline.js')
const { DocSpaceClient } = await import('../../src/docspace/client.js')
const { readInputs } = await import('../../src/inputs/read.js')
const { operations } = await import('../../src/operations/index.js')
const { startEmulator } = await import('../emulator/server.js')

// An operation's long wait reaches the step's log (ctx.log) as "Still waiting for …" lines; the interval is
// shortened here instead of waiting 10 s.
describe('a single-room operation that waits for DocSpace', () => {
  it('says in the log what it is still waiting for', async () => {
    const emulator = await startEmulator({ operationDelayMs: 400 })
    const room = emulator.addRoom({ title: 'Slow' })
    const inputs: Record<string, string> = {
      'portal-url': emulator.url,
      'api-key': emulator.apiKey,
      operation: 'archive',
      'room-id': String(room.id)
    }
    const config = readInputs((name) => inputs[name] ?? '')
    const client = new DocSpaceClient({
      portalUrl: config.portalUrl,
      apiKey: config.apiKey,
      deadline: new Deadline(20_000),
      requestTimeoutMs: 5_000,
      maxRetries: 1
    })
    const lines: string[] = []
    try {
      const outcome = await operations.archive({
        client,
        config,
        wait: { schedule: { firstMs: 20, maxMs: 50 }, progressEveryMs: 60 },
        log: (line) => lines.push(line),
        warn: () => undefined,
        group: (_, work) => work(),
        now: Date.now
      })
      expect(outcome.result).toBe('archived')
      expect(
        lines.some((l) => l.startsWith(`Still waiting for the archive of room ${room.id} ("Slow") to finish`))
      ).toBe(true)
      expect(lines.at(-1)).toBe(
        `Archived room ${room.id} "Slow" (${emulator.url}/rooms/shared/filter?folder=${room.id})`
      )
    } finally {
      client.dispose()
      await emulator.close()
    }
  })
})
