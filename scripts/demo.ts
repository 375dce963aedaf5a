/**
 * Runs the bundled action as a runner would, against the DocSpace emulator, through the steps of
 * ONLYOFFICE's "Manage rooms" sample: create, get, rename, archive, delete. `npm run demo -- pull-request` plays the
 * README's Quick start instead (scripts/demo-pull-request.ts).
 */
import { startEmulator } from '../test/emulator/server.js'
import { runAction } from '../test/e2e/run-action.js'
import { demoPullRequest } from './demo-pull-request.js'

// `npm run demo -- pull-request` plays the README's Quick start through a pull request's life instead.
if (process.argv.includes('pull-request')) {
  process.exitCode = (await demoPullRequest()) ? 0 : 1
  process.exit()
}

const emulator = await startEmulator({ operationDelayMs: 300 })
console.log(`DocSpace emulator listening at ${emulator.url}\n`)

let roomId = ''
const steps: [string, Record<string, string>][] = [
  [
    'create',
    { title: 'Demo project room', 'room-type': 'collaboration', tags: 'demo, ci', description: 'Made by npm run demo.' }
  ],
  ['get', {}],
  ['rename', { title: 'Demo project room (renamed)' }],
  ['archive', {}],
  ['delete', {}]
]

let failed = false
for (const [operation, extra] of steps) {
  const run = await runAction({
    'portal-url': emulator.url,
    'api-key': emulator.apiKey,
    operation,
    ...(roomId ? { 'room-id': roomId } : {}),
    ...extra
  })
  console.log(`── ${operation} ${'─'.repeat(60 - operation.length)}`)
  for (const line of run.stdout.split('\n')) {
    // Show group titles as the runner would; hide the other workflow commands.
    const group = /^::group::(.*)$/.exec(line)
    if (group) console.log(`  ▸ ${group[1]}`)
    else if (line && !line.startsWith('::')) console.log(`    ${line}`)
  }
  for (const error of run.errors) console.log(`  error: ${error}`)
  console.log(`  exit code ${run.exitCode}; outputs:`)
  for (const [name, value] of Object.entries(run.outputs)) {
    const shown = name === 'room' ? summariseRoom(value) : value
    console.log(`    ${name.padEnd(10)} ${shown}`)
  }
  console.log()
  if (run.exitCode !== 0) {
    failed = true
    break
  }
  roomId ||= run.outputs['room-id'] ?? ''
}

console.log(
  `Rooms left in the emulator: ${emulator.activeRooms().length} active, ${emulator.archivedRooms().length} archived`
)
console.log(`Requests the action sent: ${emulator.requests.length}`)
await emulator.close()
process.exitCode = failed ? 1 : 0

function summariseRoom(json: string): string {
  const room = JSON.parse(json) as Record<string, unknown>
  const fields = ['id', 'title', 'roomType', 'rootFolderType', 'tags', 'updated']
  return JSON.stringify(Object.fromEntries(fields.filter((f) => f in room).map((f) => [f, room[f]])))
}
