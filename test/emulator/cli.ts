// Runs the emulator standalone (local demos, a GitHub workflow background
// step). Prints exactly one JSON line with url and apiKey on stdout.
// Process plumbing only; the DocSpace behaviour and its sources are in the handlers.
import { appendFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { seedRooms } from './seed.js'
import { startEmulator, type EmulatorOptions, type UserType } from './server.js'

const USAGE = `usage: tsx test/emulator/cli.ts [--port N] [--host H] [--api-key K] [--operation-delay-ms N]
  [--latency-ms N] [--max-concurrent-writes N] [--max-rooms N] [--time-zone-offset +HH:MM]
  [--base-path /prefix] [--seed N] [--user EMAIL[:TYPE[:DISPLAY NAME]]]... [--write-env FILE]
  TYPE is DocSpaceAdmin, RoomAdmin, User (default) or Guest`

function num(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} expects a non-negative number, got '${value}'`)
  return n
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'api-key': { type: 'string' },
      'operation-delay-ms': { type: 'string' },
      'latency-ms': { type: 'string' },
      'max-concurrent-writes': { type: 'string' },
      'max-rooms': { type: 'string' },
      'time-zone-offset': { type: 'string' },
      'base-path': { type: 'string' },
      seed: { type: 'string' },
      user: { type: 'string', multiple: true },
      'write-env': { type: 'string' },
      help: { type: 'boolean' }
    },
    strict: true
  })
  if (values.help) {
    process.stderr.write(`${USAGE}\n`)
    return
  }
  const options: EmulatorOptions = {}
  const port = num('port', values.port)
  if (port !== undefined) options.port = port
  if (values.host) options.host = values.host
  if (values['api-key']) options.apiKey = values['api-key']
  const delay = num('operation-delay-ms', values['operation-delay-ms'])
  if (delay !== undefined) options.operationDelayMs = delay
  const latency = num('latency-ms', values['latency-ms'])
  if (latency !== undefined) options.latencyMs = latency
  const writes = num('max-concurrent-writes', values['max-concurrent-writes'])
  if (writes !== undefined) options.maxConcurrentWrites = writes
  const maxRooms = num('max-rooms', values['max-rooms'])
  if (maxRooms !== undefined) options.maxRooms = maxRooms
  if (values['time-zone-offset']) options.timeZoneOffset = values['time-zone-offset']
  if (values['base-path']) options.basePath = values['base-path']

  const emulator = await startEmulator(options)
  const seed = num('seed', values.seed)
  if (seed) seedRooms(emulator, Math.floor(seed))
  for (const spec of values.user ?? []) {
    const [email = '', type = 'User', ...name] = spec.split(':')
    if (!['DocSpaceAdmin', 'RoomAdmin', 'User', 'Guest'].includes(type))
      throw new Error(`--user: unknown type '${type}' (DocSpaceAdmin, RoomAdmin, User or Guest)`)
    const displayName = name.join(':')
    emulator.state.addUser({ email, type: type as UserType, ...(displayName ? { displayName } : {}) })
  }

  // The key is printed only here; the env file gets the URL (and the pid so a
  // later step can stop the process) but never the key.
  if (values['write-env']) {
    appendFileSync(values['write-env'], `DOCSPACE_URL=${emulator.url}\nDOCSPACE_EMULATOR_PID=${process.pid}\n`)
  }
  process.stdout.write(`${JSON.stringify({ url: emulator.url, apiKey: emulator.apiKey })}\n`)

  let stopping = false
  const stop = (): void => {
    if (stopping) return
    stopping = true
    void emulator.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((err: unknown) => {
  process.stderr.write(`docspace emulator: ${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})
