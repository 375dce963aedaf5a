import { expect, jest } from '@jest/globals'
import { Ajv } from 'ajv'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { parse } from 'yaml'

const outputs = new Map<string, string>()
jest.unstable_mockModule('@actions/core', () => ({
  setSecret: () => undefined,
  getInput: () => '',
  setOutput: (name: string, value: string) => outputs.set(name, value),
  warning: () => undefined,
  summary: {}
}))
const { readInputs } = await import('../../src/inputs/read.js')
const { OPERATIONS, COMMON_INPUTS, OPERATION_INPUTS, INPUTS_WITHOUT_DEFAULT } =
  await import('../../src/inputs/catalogue.js')
const { report } = await import('../../src/report/report.js')

const root = resolve(import.meta.dirname, '../..')
const text = (path: string) => readFileSync(resolve(root, path), 'utf8')

interface ActionMetadata {
  name: string
  description: string
  author: string
  branding: { icon: string; color: string }
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}
const action = parse(text('action.yml')) as ActionMetadata

describe('action.yml', () => {
  it('is valid against the SchemaStore schema for action metadata', () => {
    const ajv = new Ajv({ strict: false, allErrors: true })
    const validate = ajv.compile(JSON.parse(text('test/fixtures/schemastore-github-action.json')) as object)
    expect(validate(action) ? [] : validate.errors).toEqual([])
  })

  it('runs the bundle on node24 and says who and what it is', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(action.name).toBeTruthy()
    expect(action.author).toBeTruthy()
    expect(action.description.length).toBeLessThanOrEqual(125)
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) })
  })

  it('declares kebab-case inputs and outputs, each described, defaults as strings', () => {
    for (const [id, input] of Object.entries(action.inputs)) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(input.description.length).toBeGreaterThan(10)
      if (input.default !== undefined) expect(typeof input.default).toBe('string')
    }
    for (const [id, output] of Object.entries(action.outputs)) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(output.description.length).toBeGreaterThan(10)
    }
  })

  it('declares every input the code reads, and the code reads every declared input', () => {
    const read = new Set<string>()
    const valid: Record<string, string> = {
      'portal-url': 'https://example.onlyoffice.com',
      'api-key': 'sk-0123456789abcdef',
      operation: 'list',
      'stale-days': '1'
    }
    readInputs((name) => {
      read.add(name)
      return valid[name] ?? ''
    })
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort())
    // Nothing but inputs/read.ts reads inputs.
    const readers = execFileSync('grep', ['-rl', 'getInput', resolve(root, 'src')], { encoding: 'utf8' })
      .trim()
      .split('\n')
    expect(readers.map((f: string) => f.slice(root.length + 1))).toEqual(['src/inputs/read.ts'])
  })

  it('declares the defaults the code applies', () => {
    const config = readInputs(
      (name) => ({ 'portal-url': 'https://x.example', 'api-key': 'sk-0123456789abcdef', operation: 'list' })[name] ?? ''
    )
    const defaults = Object.fromEntries(
      Object.entries(action.inputs)
        .filter(([, i]) => i.default !== undefined)
        .map(([id, i]) => [id, i.default])
    )
    // room-type has no declared default: the runner would pass it to list and archive-stale as a filter.
    expect(config.roomType.name).toBe('custom')
    expect(config.filters.roomType).toBeUndefined()
    expect(defaults).toEqual({
      'if-exists': config.ifExists,
      'if-missing': config.ifMissing,
      area: config.filters.area,
      'dry-run': String(config.dryRun),
      'max-rooms': String(config.maxRooms),
      concurrency: String(config.concurrency),
      wait: String(config.wait),
      'timeout-seconds': String(config.timeoutMs / 1000),
      'request-timeout-seconds': String(config.requestTimeoutMs / 1000),
      'max-retries': String(config.maxRetries),
      // The runner renders it to the job's token; the code reads whatever arrives.
      'github-token': '${{ github.token }}',
      'pull-request-comment': String(config.pullRequestComment),
      'skip-open-pull-requests': String(config.skipOpenPullRequests),
      'pull-request-access': config.sharing.pullRequestAccess.name,
      notify: String(config.sharing.notify),
      'external-link': String(config.sharing.externalLink),
      ...documentDefaults()
    })
  })

  /** The documents inputs' defaults, as upload reads them. */
  function documentDefaults(): Record<string, string> {
    const upload = readInputs(
      (name) =>
        (
          ({
            'portal-url': 'https://x.example',
            'api-key': 'sk-0123456789abcdef',
            operation: 'upload',
            'room-id': '1',
            path: 'docs'
          }) as Record<string, string>
        )[name] ?? ''
    ).documents!.upload!
    return {
      'if-no-files-found': upload.ifNoFilesFound,
      'include-hidden-files': String(upload.includeHidden),
      'delete-missing': String(upload.deleteMissing)
    }
  }

  it('declares no default for exactly the optional inputs whose absence the code can tell', () => {
    const withoutDefault = Object.entries(action.inputs)
      .filter(([, input]) => input.default === undefined && input.required !== true)
      .map(([id]) => id)
    expect(withoutDefault.sort()).toEqual([...INPUTS_WITHOUT_DEFAULT].sort())
  })

  it('declares every output the code sets, and the code sets every declared output', async () => {
    delete process.env.GITHUB_STEP_SUMMARY
    process.env.RUNNER_TEMP = mkdtempSync(join(tmpdir(), 'action-metadata-'))
    const config = readInputs(
      (name) => ({ 'portal-url': 'https://x.example', 'api-key': 'sk-0123456789abcdef', operation: 'list' })[name] ?? ''
    )
    const room = {
      id: 1,
      title: 'R',
      rootFolderType: 14,
      tags: [],
      created: '2026-11-26T03:35:16.7110000Z',
      updated: '2026-11-26T03:35:16.7110000Z'
    }
    await report(config, { result: 'found', room, commentUrl: 'https://github.com/o/r/pull/1#issuecomment-1' })
    await report(config, { result: 'listed', rooms: [room] })
    await report(config, {
      result: 'shared',
      room,
      members: [{ id: '6c1e4a1e-0000-4000-8000-000000000001', name: 'A', email: 'a@example.com', access: 'owner' }],
      externalLink: 'https://x.example/s/abc'
    })
    await report(config, { result: 'archived', room, resolved: 'archive' })
    await report(config, {
      result: 'uploaded',
      room,
      files: [
        {
          path: 'a.md',
          id: 7,
          title: 'a.md',
          version: 1,
          url: 'https://x.example/doceditor?fileid=7',
          result: 'uploaded'
        }
      ]
    })
    expect([...outputs.keys()].sort()).toEqual(Object.keys(action.outputs).sort())
  })
})

describe('README and docs/', () => {
  // The README is short; the tables and the rest live in docs/*.md, which it links to.
  const pages = [
    'README.md',
    ...readdirSync(resolve(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`)
  ]
  const reference = text('docs/inputs-and-outputs.md')
  const operationsPage = text('docs/operations.md')

  /** Rows of the markdown table under a `#` or `##` heading: first cell (the backticked name) → cells. */
  function tableUnder(page: string, heading: string): Map<string, string[]> {
    const section = page.split(new RegExp(`^#{1,2} ${heading}$`, 'm'))[1]!.split(/^#{1,2} /m)[0]!
    const rows = section.split('\n').filter((l) => /^\| `[a-z-]+` \|/.test(l))
    return new Map(
      rows
        .map((l) =>
          l
            .split('|')
            .slice(1, -1)
            .map((c) => c.trim())
        )
        .map((cells) => [cells[0]!.replace(/`/g, ''), cells])
    )
  }

  it('README stays a five-minute read: at most 2,500 words, as `wc -w` counts them', () => {
    expect(text('README.md').split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(2500)
  })

  it('lists every input with its default and whether it is required, as action.yml does', () => {
    const table = tableUnder(reference, 'Inputs')
    expect([...table.keys()].sort()).toEqual(Object.keys(action.inputs).sort())
    for (const [id, input] of Object.entries(action.inputs)) {
      const [, required, defaultCell] = table.get(id)!
      expect({ id, required: required === 'yes' }).toEqual({ id, required: input.required === true })
      expect({ id, default: defaultCell!.replace(/`/g, '') }).toEqual({ id, default: input.default ?? '' })
    }
  })

  it('lists every output of action.yml', () => {
    expect([...tableUnder(reference, 'Outputs').keys()].sort()).toEqual(Object.keys(action.outputs).sort())
  })

  it('lists every operation in the operations table', () => {
    expect([...tableUnder(operationsPage, 'Operations').keys()].sort()).toEqual([...OPERATIONS].sort())
  })

  it("lists in the inputs-by-operation table the inputs each operation reads, as the code's list has them", () => {
    const table = tableUnder(reference, 'Inputs by operation')
    expect([...table.keys()].sort()).toEqual([...OPERATIONS].sort())
    for (const op of OPERATIONS) {
      const reads =
        table
          .get(op)![2]!
          .match(/`[a-z-]+`/g)
          ?.map((c) => c.slice(1, -1)) ?? []
      expect({ op, reads }).toEqual({ op, reads: [...OPERATION_INPUTS[op]] })
    }
    // The inputs every operation reads are named once, under the table.
    const sentence = reference.split(/^Every operation also reads /m)[1]!.split('.')[0]!
    expect(sentence.match(/`[a-z-]+`/g)!.map((c) => c.slice(1, -1))).toEqual([...COMMON_INPUTS])
    // Between them, the lists name every input.
    const named = new Set([...COMMON_INPUTS, ...OPERATIONS.flatMap((op) => OPERATION_INPUTS[op])])
    expect([...named].sort()).toEqual(Object.keys(action.inputs).sort())
  })

  it('links only to pages and headings that exist', () => {
    const prose = (path: string) => text(path).replace(/^```[\s\S]*?^```/gm, '')
    // GitHub's anchors: lower case, punctuation dropped, spaces as hyphens.
    const anchorsOf = (path: string) =>
      new Set(
        [...prose(path).matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
          m[1]!
            .toLowerCase()
            .replace(/[^\p{L}\p{N}_ -]/gu, '')
            .replace(/ /g, '-')
        )
      )
    const broken: string[] = []
    let links = 0
    for (const page of pages) {
      // Links within the repository: `#anchor`, `page.md`, `page.md#anchor`, relative to the page's folder.
      for (const [, target] of prose(page).matchAll(/\]\(((?!https?:)[^)\s]+)\)/g)) {
        links++
        const [file, anchor] = target!.split('#') as [string, string | undefined]
        const path = file === '' ? page : relative(root, resolve(root, dirname(page), file))
        if (!existsSync(resolve(root, path))) broken.push(`${page}: ${target}`)
        else if (anchor !== undefined && (!path.endsWith('.md') || !anchorsOf(path).has(anchor)))
          broken.push(`${page}: ${target}`)
      }
    }
    expect(links).toBeGreaterThan(0)
    expect(broken).toEqual([])
  })

  it('documents every operation with an example', () => {
    const operations = [...text('src/inputs/catalogue.ts').matchAll(/OPERATIONS = \[([^\]]+)\]/g)][0]![1]!
      .match(/'[a-z-]+'/g)!
      .map((o) => o.slice(1, -1))
    const all = pages.map(text).join('\n')
    for (const op of operations) {
      expect({ op, example: new RegExp(`operation: ${op}\\s*$`, 'm').test(all) }).toEqual({ op, example: true })
    }
  })
})

describe('files that repeat what action.yml and the changelog say', () => {
  it("package.json's version is the newest released version in CHANGELOG.md", () => {
    const released = /^## \[(\d+\.\d+\.\d+)\]/m.exec(text('CHANGELOG.md'))
    expect(released).not.toBeNull()
    expect((JSON.parse(text('package.json')) as { version: string }).version).toBe(released![1])
  })

  it('.env.example sets exactly the inputs of action.yml, as the runner names them', () => {
    const names = [...text('.env.example').matchAll(/^INPUT_([A-Z-]+)=/gm)].map((m) => m[1]!.toLowerCase())
    expect(names).toEqual(Object.keys(action.inputs))
  })
})
