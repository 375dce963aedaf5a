// A portal, a proxy or a wrong portal-url that quotes the Authorization header back ("Invalid token: Bearer sk-…"),
// as gateways do: the action shortens what it quotes of an answer to 40, 60, 80, 200 or 1,000 characters, and a
// key cut in two is found by no redaction. So no run of 8 characters of the key may reach the log, the summary,
// the outputs or the error, wherever in the answer the key stands; nor its JSON-escaped form the `room` and
// `rooms` outputs, for a key with `"` or `\` in it.
import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { useEmulator } from './helpers.js'
import { runAction, type ActionRun } from './run-action.js'

/** A key as DocSpace makes them: `sk-` and 64 hexadecimal digits (ApiKeyManager.cs:47-57). */
const KEY = 'sk-3f9a1c07d2e84b6a9c1d5e7f0b2a4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b'

/** Every run of 8 characters of the key as written and as JSON writes it. */
function pieces(key: string): string[] {
  const forms = [key, JSON.stringify(key).slice(1, -1)]
  return [...new Set(forms.flatMap((form) => Array.from({ length: form.length - 7 }, (_, i) => form.slice(i, i + 8))))]
}

/** What a run shows anyone: its log (but the runner's own mask command), summary, outputs and rooms file, errors. */
function shown(run: ActionRun): Record<string, string> {
  const roomsFile = run.outputs['rooms-file']
  return {
    stdout: run.stdout.replace(/^::add-mask::.*$/gm, ''),
    stderr: run.stderr,
    summary: run.summary,
    outputs: Object.values(run.outputs).join('\n'),
    'rooms file': roomsFile ? readFileSync(roomsFile, 'utf8') : '',
    errors: run.errors.join('\n')
  }
}

function expectNoPieceOf(run: ActionRun, key: string): void {
  const found = Object.entries(shown(run)).flatMap(([place, text]) =>
    pieces(key)
      .filter((piece) => text.includes(piece))
      .map((piece) => `${place}: ${piece}`)
  )
  expect(found).toEqual([])
}

/** Where the key stands in the answer: at the start, and so that a cut at 40, 60, 80 or 200 falls inside it. */
const OFFSETS = [0, 20, 45, 70, 180]
const pad = (n: number) => 'x'.repeat(n)

describe('a portal that quotes the key back', () => {
  const env = useEmulator({ apiKey: KEY, operationDelayMs: 10 })

  it.each(OFFSETS)('in a text answer, the key %i characters in', async (offset) => {
    const { id } = env.emulator.addRoom({ title: 'Room' })
    env.emulator.faults.add({
      method: 'GET',
      path: `/files/rooms/${id}`,
      times: Infinity,
      fault: {
        kind: 'status',
        status: 401,
        body: `${pad(offset)}Invalid token: Bearer ${KEY}`,
        contentType: 'text/plain'
      }
    })
    const run = await env.run({ operation: 'get', 'room-id': String(id) })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(/failed with HTTP 401 and a non-JSON answer \(text\/plain\): x*(Invalid token|…)/)
    expectNoPieceOf(run, KEY)
  })

  it.each(OFFSETS)('in JSON that is no object, the key %i characters in', async (offset) => {
    const { id } = env.emulator.addRoom({ title: 'Room' })
    env.answerWith('GET', `/files/rooms/${id}`, [`${pad(offset)}Unauthorized: Bearer ${KEY}`], { status: 401 })
    const run = await env.run({ operation: 'get', 'room-id': String(id) })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('an unexpected answer')
    expectNoPieceOf(run, KEY)
  })

  it.each([0, 10, 30])("in a field the answer's check quotes, the key %i characters in", async (offset) => {
    const room = await env.answerOf(`/files/rooms/${env.emulator.addRoom({ title: 'Room' }).id}`)
    const response = room.response as Record<string, unknown>
    env.answerWith('GET', `/files/rooms/${String(response.id)}`, {
      ...room,
      response: { ...response, id: `${pad(offset)}Bearer ${KEY}` }
    })
    const run = await env.run({ operation: 'get', 'room-id': String(response.id) })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(/response\.id as the text/)
    expectNoPieceOf(run, KEY)
  })

  it.each([0, 150, 190])("in an HTML page's title, the key %i characters in", async (offset) => {
    const { id } = env.emulator.addRoom({ title: 'Room' })
    env.emulator.faults.add({
      method: 'GET',
      path: `/files/rooms/${id}`,
      times: Infinity,
      fault: {
        kind: 'status',
        status: 403,
        body: `<html><head><title>${pad(offset)}Forbidden for Bearer ${KEY}${pad(500)}</title></head></html>`,
        contentType: 'text/html'
      }
    })
    const run = await env.run({ operation: 'get', 'room-id': String(id) })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('an HTML page titled "')
    expectNoPieceOf(run, KEY)
  })

  // DocSpace's own message is shortened to 1,000 characters: the key is hidden before the cut, and a message of
  // 1.5 MB is no longer printed whole.
  it.each([0, 950, 980])("in DocSpace's error message of 1.5 MB, the key %i characters in", async (offset) => {
    const { id } = env.emulator.addRoom({ title: 'Room' })
    const message = `${pad(offset)}Invalid token: Bearer ${KEY} ${'y'.repeat(1_500_000)}`
    env.answerWith('GET', `/files/rooms/${id}`, { error: { message }, status: 1, statusCode: 401 }, { status: 401 })
    const run = await env.run({ operation: 'get', 'room-id': String(id) })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(`(shortened from ${message.length - KEY.length + 3} characters)`)
    expect(run.errors[0]!.length).toBeLessThan(2000)
    expect(run.log.length).toBeLessThan(20_000)
    expect(run.summary.length).toBeLessThan(20_000)
    expectNoPieceOf(run, KEY)
  })

  it("in an operation's error, shortened the same way", async () => {
    const { id } = env.emulator.addRoom({ title: 'Room' })
    const message = `${pad(985)}Bearer ${KEY} ${'y'.repeat(1_500_000)}`
    env.emulator.faults.add({ path: `/files/rooms/${id}/archive`, fault: { kind: 'op-error', message } })
    const run = await env.run({ operation: 'archive', 'room-id': String(id) })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('(shortened from ')
    expect(run.log.length).toBeLessThan(20_000)
    expectNoPieceOf(run, KEY)
  })
})

// A key with the characters JSON escapes: the outputs are JSON, where the key is written `\"` and `\\`.
describe('a key with " and \\ in it, quoted back in a room the outputs hold', () => {
  const ODD_KEY = 'sk-"3f9a1c07d2e84b6a"\\9c1d5e7f0b2a4c6d\\8e0f1a3b5c7d9e1f'
  const env = useEmulator({ apiKey: ODD_KEY, operationDelayMs: 10 })

  it('the room output, and room-title', async () => {
    const { id } = env.emulator.addRoom({ title: `Quoted: Bearer ${ODD_KEY}` })
    const run = await env.run({ operation: 'get', 'room-id': String(id) })
    expect(run.errors).toEqual([])
    expect(JSON.parse(run.outputs.room!)).toMatchObject({ title: 'Quoted: Bearer ***' })
    expect(run.outputs['room-title']).toBe('Quoted: Bearer ***')
    expectNoPieceOf(run, ODD_KEY)
  })

  it('the rooms output and the rooms file', async () => {
    env.emulator.addRoom({ title: `Quoted: Bearer ${ODD_KEY}`, tags: ['quoted'] })
    const run = await env.run({ operation: 'list', tags: 'quoted' })
    expect(run.errors).toEqual([])
    expect(JSON.parse(run.outputs.rooms!)).toEqual([expect.objectContaining({ title: 'Quoted: Bearer ***' })])
    expectNoPieceOf(run, ODD_KEY)
  })
})

// A wrong portal-url: whatever answers there (a gateway, another web application) quotes the request's header.
describe('a wrong portal-url whose server quotes the Authorization header', () => {
  let server: http.Server
  let url = ''
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      req.resume()
      res.writeHead(401, { 'content-type': 'text/plain' })
      res.end(`Invalid token: ${req.headers.authorization}`)
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((done) => server.close(() => done())))

  it.each([
    ['get', { 'room-id': '12' }],
    ['list', {}],
    ['create', { title: 'Room' }]
  ])('%s', async (operation, inputs) => {
    const run = await runAction({ 'portal-url': url, 'api-key': KEY, operation, ...inputs })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(/HTTP 401 and a non-JSON answer \(text\/plain\): Invalid token: Bearer \*\*\*/)
    expectNoPieceOf(run, KEY)
  })
})
