/**
 * `npm run bench -- documents`: upload and download against the emulator, as the issue asks them measured: 1,000 files
 * of 10 KB at 20 ms a request under DocSpace's 15 concurrent writes, their unchanged re-run, and a 1 GiB file beside a
 * bare streaming upload of the same bytes to the same emulator, with the action's peak resident memory.
 */
import { createReadStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { open } from 'node:fs/promises'
import http from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startEmulator, type Emulator } from '../test/emulator/server.js'
import { runAction } from '../test/e2e/run-action.js'

const LATENCY_MS = 20
const WRITE_LIMIT = 15
const SMALL_FILES = 1000
const SMALL_BYTES = 10 * 1024
const BIG_BYTES = 1024 * 1024 * 1024
const CHUNK = 10 * 1024 * 1024
const MAX_RSS = resolve(import.meta.dirname, '../test/support/max-rss.mjs')

type Print = (line?: string) => void
type Table = (header: string[], rows: (string | number)[][]) => void

interface Measured {
  wallMs: number
  rssMb: number
  requests: Record<string, number>
  result: string
}

async function timedRun(emulator: Emulator, inputs: Record<string, string>, workspace: string): Promise<Measured> {
  const rssFile = join(workspace, '..', `rss-${Math.random().toString(36).slice(2)}`)
  emulator.requests.length = 0
  const started = performance.now()
  const run = await runAction(
    { 'portal-url': emulator.url, 'api-key': emulator.apiKey, concurrency: String(WRITE_LIMIT), ...inputs },
    { GITHUB_WORKSPACE: workspace, NODE_OPTIONS: `--import=${MAX_RSS}`, MAX_RSS_FILE: rssFile }
  )
  const wallMs = performance.now() - started
  if (run.exitCode !== 0) throw new Error(`run failed: ${run.errors.join('; ').slice(0, 500)}`)
  const requests: Record<string, number> = {}
  for (const r of emulator.requests) {
    const kind = `${r.method} ${r.path.replace(/\d+/g, 'N').replace(/session\/[^/]+/, 'session/S')}`
    requests[kind] = (requests[kind] ?? 0) + 1
  }
  return { wallMs, rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024, requests, result: run.outputs.result ?? '' }
}

/** The same bytes sent the way the action sends them, by a plain loop: session, numbered chunks, finalize. */
async function bareUpload(emulator: Emulator, folderId: number, path: string, size: number): Promise<number> {
  const started = performance.now()
  const call = (method: string, url: string, body?: Buffer | NodeJS.ReadableStream, type?: string, length?: number) =>
    new Promise<string>((done, fail) => {
      const request = http.request(`${emulator.url}/api/2.0/${url}`, {
        method,
        headers: {
          Authorization: `Bearer ${emulator.apiKey}`,
          ...(type ? { 'Content-Type': type } : {}),
          ...(length !== undefined ? { 'Content-Length': String(length) } : {})
        }
      })
      request.on('response', (response) => {
        let text = ''
        response.setEncoding('utf8').on('data', (c: string) => (text += c))
        response.on('end', () => done(text))
      })
      request.on('error', fail)
      if (body && !Buffer.isBuffer(body)) body.pipe(request)
      else request.end(body)
    })
  const json = JSON.stringify({ fileName: 'bare.bin', fileSize: size })
  const session = JSON.parse(
    await call('POST', `files/${folderId}/session`, Buffer.from(json), 'application/json', Buffer.byteLength(json))
  ) as { response: { id: string } }
  const id = session.response.id
  for (let n = 1; (n - 1) * CHUNK < size; n++) {
    const start = (n - 1) * CHUNK
    const length = Math.min(CHUNK, size - start)
    const boundary = 'bare-boundary'
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bare.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`
    )
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
    const { PassThrough } = await import('node:stream')
    const body = new PassThrough()
    body.write(head)
    createReadStream(path, { start, end: start + length - 1 })
      .on('end', () => body.end(tail))
      .pipe(body, { end: false })
    await call(
      'POST',
      `files/${folderId}/session/${id}/upload?chunkNumber=${n}`,
      body,
      `multipart/form-data; boundary=${boundary}`,
      head.length + length + tail.length
    )
  }
  await call('PUT', `files/${folderId}/session/${id}/finalize`)
  return performance.now() - started
}

async function bigFile(path: string): Promise<void> {
  const file = await open(path, 'w')
  const block = Buffer.alloc(CHUNK)
  for (let i = 0; i < block.length; i += 4) block.writeUInt32LE((i * 2654435761) >>> 0, i)
  for (let written = 0; written < BIG_BYTES; written += block.length) await file.write(block)
  await file.close()
}

export async function documents(print: Print, table: Table): Promise<void> {
  print(`## 6. Documents: upload and download at ${LATENCY_MS} ms a request`)
  print()
  const root = mkdtempSync(join(tmpdir(), 'bench-documents-'))
  try {
    // 1,000 files of 10 KB, flat, then re-run unchanged, then downloaded.
    const emulator = await startEmulator({ latencyMs: LATENCY_MS, maxConcurrentWrites: WRITE_LIMIT })
    try {
      const ws = join(root, 'small')
      mkdirSync(join(ws, 'docs'), { recursive: true })
      for (let i = 0; i < SMALL_FILES; i++) {
        writeFileSync(join(ws, 'docs', `f${String(i).padStart(4, '0')}.md`), Buffer.alloc(SMALL_BYTES, i % 251))
      }
      const room = emulator.addRoom({ title: 'Bench' })
      const inputs = { operation: 'upload', 'room-id': String(room.id), path: 'docs' }
      const cold = await timedRun(emulator, { operation: 'get', 'room-id': String(room.id) }, ws)
      const first = await timedRun(emulator, inputs, ws)
      const again = await timedRun(emulator, inputs, ws)
      const down = await timedRun(emulator, { operation: 'download', 'room-id': String(room.id), path: 'back' }, ws)
      // Per file: the upload and the version comment, two dependent requests; 15 files in flight at once.
      const perFile = 2
      const listing = (first.requests['GET /files/N'] ?? 0) + (first.requests['GET /files/rooms/N'] ?? 0)
      const ideal = (SMALL_FILES * perFile * LATENCY_MS) / WRITE_LIMIT + listing * LATENCY_MS + cold.wallMs
      const idealDown = (SMALL_FILES * LATENCY_MS) / WRITE_LIMIT + 3 * LATENCY_MS + cold.wallMs
      const writes = (m: Measured) =>
        Object.entries(m.requests)
          .filter(([k]) => !k.startsWith('GET'))
          .reduce((n, [, v]) => n + v, 0)
      table(
        ['run', 'result', 'requests (writes)', 'wall (s)', 'ideal (s)', 'wall ÷ ideal', 'peak RSS (MB)'],
        [
          [
            `upload ${SMALL_FILES} files of 10 KB`,
            first.result,
            `${Object.values(first.requests).reduce((a, b) => a + b, 0)} (${writes(first)})`,
            (first.wallMs / 1000).toFixed(2),
            (ideal / 1000).toFixed(2),
            (first.wallMs / ideal).toFixed(2),
            first.rssMb.toFixed(0)
          ],
          [
            'the same, re-run unchanged',
            again.result,
            `${Object.values(again.requests).reduce((a, b) => a + b, 0)} (${writes(again)})`,
            (again.wallMs / 1000).toFixed(2),
            '',
            '',
            again.rssMb.toFixed(0)
          ],
          [
            `download the ${SMALL_FILES} files`,
            down.result,
            `${Object.values(down.requests).reduce((a, b) => a + b, 0)} (${writes(down)})`,
            (down.wallMs / 1000).toFixed(2),
            (idealDown / 1000).toFixed(2),
            (down.wallMs / idealDown).toFixed(2),
            down.rssMb.toFixed(0)
          ]
        ]
      )
      print(
        `Ideal: requests per file × ${LATENCY_MS} ms ÷ ${WRITE_LIMIT} in flight, plus the listing requests at ${LATENCY_MS} ms, plus the step's start (a \`get\` run, ${(cold.wallMs / 1000).toFixed(2)} s). An upload is two requests per file (the file, then its version comment); a download one.`
      )
      print()
    } finally {
      await emulator.close()
    }

    // One 1 GiB file: the action beside a bare streaming upload of the same bytes.
    const big = await startEmulator({ latencyMs: LATENCY_MS, maxConcurrentWrites: WRITE_LIMIT })
    try {
      const ws = join(root, 'big')
      mkdirSync(ws, { recursive: true })
      await bigFile(join(ws, 'big.bin'))
      const room = big.addRoom({ title: 'Big' })
      const bare = await bareUpload(big, room.id, join(ws, 'big.bin'), BIG_BYTES)
      const action = await timedRun(big, { operation: 'upload', 'room-id': String(room.id), path: 'big.bin' }, ws)
      rmSync(join(ws, 'big.bin'))
      const down = await timedRun(
        big,
        { operation: 'download', 'room-id': String(room.id), path: 'back', pattern: 'big.bin' },
        ws
      )
      const mbps = (ms: number) => (BIG_BYTES / 1024 / 1024 / (ms / 1000)).toFixed(0)
      table(
        ['run', 'wall (s)', 'MiB/s', 'vs bare upload', 'peak RSS (MB)'],
        [
          ['bare streaming upload (session, 103 chunks, finalize)', (bare / 1000).toFixed(2), mbps(bare), '1.00', ''],
          [
            'upload, 1 GiB file',
            (action.wallMs / 1000).toFixed(2),
            mbps(action.wallMs),
            (bare / action.wallMs).toFixed(2),
            action.rssMb.toFixed(0)
          ],
          [
            'download, 1 GiB file',
            (down.wallMs / 1000).toFixed(2),
            mbps(down.wallMs),
            (bare / down.wallMs).toFixed(2),
            down.rssMb.toFixed(0)
          ]
        ]
      )
      print(
        `"vs bare upload" is the bare upload's time divided by the run's (1.00 = as fast). The action's time includes its start, hashing the file, listing the room and the version comment.`
      )
      print()
    } finally {
      await big.close()
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
