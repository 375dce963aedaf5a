/**
 * Replays the conformance corpus (requests of ONLYOFFICE's own clients and facts from API-FACTS.md) against a
 * fresh emulator per entry and checks status codes and the answer shapes the clients read. A failing entry
 * lists every check that failed, by name and source, so a report can say which rule the emulator breaks.
 */
import { Ajv, type ValidateFunction } from 'ajv'
import { startEmulator, type Emulator } from '../emulator/server.js'
import {
  CORPUS,
  MISSING_ROOM_ID,
  SEED_ROOMS,
  type Check,
  type Citation,
  type CorpusEntry,
  type PollSpec,
  type Schema,
  type Step
} from './corpus.js'

const ajv = new Ajv({ allErrors: true, strict: false })
const compiled = new Map<Schema, ValidateFunction>()
function validator(schema: Schema): ValidateFunction {
  let v = compiled.get(schema)
  if (!v) compiled.set(schema, (v = ajv.compile(schema)))
  return v
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const where = (c: Citation) =>
  `${c.repo}@${/^[0-9a-f]{40}/.test(c.commit.slice(0, 40)) ? c.commit.slice(0, 12) : c.commit} ${c.path}:${c.lines}`

type Vars = Record<string, string>

/** Replaces `{name}` placeholders; an unknown name is an error in the corpus. */
function fill(text: string, vars: Vars): string {
  return text.replace(/\{([A-Za-z0-9]+)\}/g, (_, name: string) => {
    const v = vars[name]
    if (v === undefined) throw new Error(`corpus placeholder {${name}} has no value`)
    return v
  })
}

/** Expected values may be placeholders standing for ids, which are numbers in answers when numeric. */
function fillValue(value: unknown, vars: Vars): unknown {
  if (typeof value !== 'string' || !/^\{[A-Za-z0-9]+\}$/.test(value)) return value
  const v = fill(value, vars)
  return /^\d+$/.test(v) ? Number(v) : v
}

/** `a.b[*].c`: dotted path; `[*]` maps the rest of the path over an array. */
function pick(root: unknown, path: string): unknown {
  const m = /^([^[]*)\[\*\]\.?(.*)$/.exec(path)
  if (m) {
    const list = pick(root, m[1]!)
    if (!Array.isArray(list)) return undefined
    return m[2] ? list.map((x) => pick(x, m[2]!)) : list
  }
  let cur: unknown = root
  for (const key of path.split('.').filter(Boolean)) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string, unknown>)[key]
  }
  return cur
}

const canon = (x: unknown) => JSON.stringify(x)

interface Answer {
  status: number
  text: string
  json: unknown
}

async function send(emu: Emulator, step: Step, vars: Vars): Promise<Answer> {
  if (step.waitMs) await sleep(step.waitMs)
  const url = new URL(`${emu.portalUrl}/api/2.0${fill(step.path, vars)}`)
  for (const [k, v] of step.query ?? []) url.searchParams.append(k, fill(v, vars))
  const res = await fetch(url, {
    method: step.method,
    headers: { ...step.headers, Authorization: `Bearer ${emu.apiKey}` },
    body: step.body === undefined ? undefined : JSON.stringify(step.body)
  })
  const text = await res.text()
  let json: unknown
  try {
    json = text === '' ? undefined : JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: res.status, text, json }
}

/** Problems of one answer against a step's expectations, each prefixed with the check that found it. */
function judge(label: string, step: Step, answer: Answer, vars: Vars): string[] {
  const problems: string[] = []
  if (answer.status !== step.expectStatus) {
    problems.push(`${label}: HTTP ${answer.status}, expected ${step.expectStatus} — body ${answer.text.slice(0, 300)}`)
    return problems
  }
  for (const check of step.checks ?? []) problems.push(...runCheck(label, check, answer, vars))
  return problems
}

function runCheck(label: string, check: Check, answer: Answer, vars: Vars): string[] {
  const out: string[] = []
  const name = `${label}: ${check.what} [${where(check.source)}]`
  if (check.schema) {
    const validate = validator(check.schema)
    if (!validate(answer.json)) {
      const errors = (validate.errors ?? [])
        .slice(0, 6)
        .map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params ? ' ' + JSON.stringify(e.params) : ''}`)
      out.push(`${name}\n      shape: ${errors.join('\n             ')}\n      body: ${answer.text.slice(0, 400)}`)
    }
  }
  for (const v of check.values ?? []) {
    const actual = pick(answer.json, v.path)
    if ('equals' in v) {
      const expected = Array.isArray(v.equals) ? v.equals.map((x) => fillValue(x, vars)) : fillValue(v.equals, vars)
      if (canon(actual) !== canon(expected))
        out.push(`${name}\n      ${v.path} = ${canon(actual)}, expected ${canon(expected)}`)
    }
    if (v.sameMembers) {
      const expected = v.sameMembers.map((x) => canon(fillValue(x, vars))).sort()
      const got = Array.isArray(actual) ? actual.map(canon).sort() : undefined
      if (canon(got) !== canon(expected))
        out.push(`${name}\n      ${v.path} = ${canon(actual)}, expected the members ${canon(v.sameMembers)}`)
    }
  }
  if (check.textIncludes !== undefined && !answer.text.includes(check.textIncludes))
    out.push(`${name}\n      body lacks ${JSON.stringify(check.textIncludes)}: ${answer.text.slice(0, 300)}`)
  return out
}

interface Operation {
  id?: unknown
  error?: unknown
  progress?: unknown
  finished?: unknown
}
const isDone = (op: Operation) =>
  (typeof op.error === 'string' && op.error !== '') || op.progress === 100 || op.finished === true
const failure = (op: Operation) => (typeof op.error === 'string' ? op.error : JSON.stringify(op.error))

/** Waits for the operation the way the client does (see PollSpec) and reports what went wrong. */
async function pollLikeClient(emu: Emulator, spec: PollSpec, initial: Answer): Promise<string[]> {
  const label = `poll [${where(spec.source)}]`
  const start = pick(initial.json, spec.operationAt)
  let op: Operation | undefined = Array.isArray(start) ? (start[0] as Operation) : (start as Operation)
  if (!op || typeof op.id !== 'string') return [`${label}: the initial answer has no operation id to poll for`]
  const id = op.id
  if (spec.returnsEarlyWhenInitialDone && isDone(op))
    return op.error ? [`${label}: operation failed: ${failure(op)}`] : []
  for (let attempt = 0; attempt < spec.attempts; attempt++) {
    const answer = await send(
      emu,
      {
        method: 'GET',
        path: '/files/fileops',
        expectStatus: 200,
        ...(spec.query ? { query: spec.query } : {}),
        ...(spec.headers ? { headers: spec.headers } : {})
      },
      {}
    )
    const problems = judge(
      `${label} #${attempt + 1}`,
      {
        method: 'GET',
        path: '/files/fileops',
        expectStatus: 200,
        checks: [{ what: 'poll answer shape the client reads', source: spec.source, schema: spec.answer }]
      },
      answer,
      {}
    )
    if (problems.length) return problems
    const listed = (pick(answer.json, 'response') as Operation[]).find((o) => o.id === id)
    if (listed) op = listed
    if (isDone(op)) return op.error ? [`${label}: operation failed: ${failure(op)}`] : []
    if (attempt !== spec.attempts - 1) await sleep(spec.delayMs)
  }
  return [`${label}: operation ${id} not seen done within ${spec.attempts} polls (the client would time out)`]
}

function seed(emu: Emulator): Vars {
  const vars: Vars = { missing: String(MISSING_ROOM_ID) }
  for (const r of SEED_ROOMS) {
    const room = emu.addRoom({
      title: r.title,
      roomType: r.roomType,
      tags: r.tags,
      archived: r.archived,
      created: new Date(r.created),
      updated: new Date(r.updated)
    })
    vars[r.key] = String(room.id)
  }
  return vars
}

function capture(answer: Answer): string | undefined {
  const id = pick(answer.json, 'response.id')
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined
}

async function replay(entry: CorpusEntry): Promise<string[]> {
  const emu = await startEmulator()
  try {
    const vars = seed(emu)
    const problems: string[] = []
    for (const [i, step] of (entry.setup ?? []).entries()) {
      const answer = await send(emu, step, vars)
      const p = judge(`setup #${i + 1} ${step.method} ${step.path}`, step, answer, vars)
      if (p.length) return p // the entry cannot run as written
      const id = capture(answer)
      if (step.capture && id !== undefined) vars[step.capture] = id
    }
    const answer = await send(emu, entry.request, vars)
    problems.push(...judge(`${entry.request.method} ${entry.request.path}`, entry.request, answer, vars))
    if (answer.status !== entry.request.expectStatus) return problems
    const id = capture(answer)
    if (id !== undefined) vars['result'] = id
    if (entry.poll) problems.push(...(await pollLikeClient(emu, entry.poll, answer)))
    for (const [i, step] of (entry.after ?? []).entries()) {
      problems.push(...judge(`after #${i + 1} ${step.method} ${step.path}`, step, await send(emu, step, vars), vars))
    }
    return problems
  } finally {
    await emu.close()
  }
}

describe.each(['docspace-mcp', 'n8n', 'api-samples', 'api-facts'] as const)('%s', (client) => {
  const entries = CORPUS.filter((e) => e.client === client)

  it.each(entries.map((e) => [e.id, e] as const))('%s', async (_, entry) => {
    const problems = await replay(entry)
    expect(problems).toEqual([])
  })
})

describe('the corpus itself', () => {
  it('cites a source for every entry and check, and uses unique ids', () => {
    const ids = CORPUS.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const e of CORPUS) {
      expect(e.sources.length).toBeGreaterThan(0)
      const steps = [...(e.setup ?? []), e.request, ...(e.after ?? [])]
      for (const c of steps.flatMap((s) => s.checks ?? [])) expect(c.source.path).not.toBe('')
    }
  })

  it('covers every endpoint the action uses', () => {
    const seen = new Set(
      CORPUS.flatMap((e) => [e.request, ...(e.after ?? [])]).map(
        (s) => `${s.method} ${s.path.replace(/\{[A-Za-z0-9]+\}/g, '{id}')}`
      )
    )
    expect([...seen].sort()).toEqual(
      expect.arrayContaining([
        'GET /files/rooms',
        'GET /files/rooms/{id}',
        'POST /files/rooms',
        'PUT /files/rooms/{id}',
        'PUT /files/rooms/{id}/archive',
        'PUT /files/rooms/{id}/unarchive',
        'DELETE /files/rooms/{id}',
        'GET /files/fileops',
        'POST /files/{id}/text',
        'GET /files/{id}'
      ])
    )
  })
})
