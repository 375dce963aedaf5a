import { jest } from '@jest/globals'
import type { Config } from '../../src/inputs.js'

// Replaced so that masking can be asserted, and so no ::add-mask:: commands land in the test output.
const setSecret = jest.fn<(secret: string) => void>()
jest.unstable_mockModule('@actions/core', () => ({ setSecret, getInput: () => '' }))
const { readInputs } = await import('../../src/inputs.js')
const { InputError } = await import('../../src/errors.js')
type InputError = InstanceType<typeof InputError>

const BASE = { operation: 'get', 'portal-url': 'https://example.onlyoffice.com', 'api-key': 'sk-abc', 'room-id': '12' }

function parse(inputs: Record<string, string>): Config {
  return readInputs((name) => (inputs[name] ?? '').trim())
}

function inputError(inputs: Record<string, string>): InputError {
  try {
    parse(inputs)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an input error')
}

describe('readInputs', () => {
  it('reads a get with defaults', () => {
    const config = parse(BASE)
    expect(config).toMatchObject({
      operation: 'get',
      portalUrl: 'https://example.onlyoffice.com',
      apiKey: 'sk-abc',
      roomId: 12,
      tags: [],
      wait: true,
      timeoutMs: 300_000,
      requestTimeoutMs: 30_000,
      maxRetries: 4
    })
    expect(config.roomType.value).toBe(5)
  })

  it('keeps a portal sub-path and drops trailing slashes', () => {
    expect(parse({ ...BASE, 'portal-url': 'https://example.com/docspace//' }).portalUrl).toBe('https://example.com/docspace')
    expect(parse({ ...BASE, 'portal-url': 'https://example.com/' }).portalUrl).toBe('https://example.com')
  })

  it('allows http only for loopback hosts', () => {
    expect(parse({ ...BASE, 'portal-url': 'http://127.0.0.1:8080' }).portalUrl).toBe('http://127.0.0.1:8080')
    expect(parse({ ...BASE, 'portal-url': 'http://localhost:8080/' }).portalUrl).toBe('http://localhost:8080')
    expect(parse({ ...BASE, 'portal-url': 'http://[::1]:8080' }).portalUrl).toBe('http://[::1]:8080')
    const error = inputError({ ...BASE, 'portal-url': 'http://example.onlyoffice.com' })
    expect(error.input).toBe('portal-url')
    expect(error.message).toMatch(/https:\/\/.*clear text/)
  })

  it.each([
    ['not a url', /must be an http\(s\) URL/],
    ['ftp://example.com', /must start with https/],
    ['https://user:pw@example.com', /user name or password/],
    ['https://example.com/?a=1', /without a query/],
    ['https://example.com/api/2.0/files', /without the API path; use "https:\/\/example.com"/]
  ])('refuses portal-url %s', (url, message) => {
    const error = inputError({ ...BASE, 'portal-url': url })
    expect(error.input).toBe('portal-url')
    expect(error.message).toMatch(message)
  })

  it.each(['0', '-3', '1.5', 'abc', '12abc', '99999999999999999999', '+4'])('refuses room-id %s', (id) => {
    const error = inputError({ ...BASE, 'room-id': id })
    expect(error.input).toBe('room-id')
    expect(error.message).toContain('positive whole number')
  })

  it('names the missing input per operation', () => {
    expect(inputError({ ...BASE, 'room-id': '' }).message).toBe('Input "room-id" is required for operation "get"')
    expect(inputError({ ...BASE, operation: 'create', 'room-id': '' }).input).toBe('title')
    expect(inputError({ ...BASE, operation: 'rename' }).input).toBe('title')
    expect(inputError({ ...BASE, operation: '' }).input).toBe('operation')
    expect(inputError({ ...BASE, 'portal-url': '' }).input).toBe('portal-url')
    expect(inputError({ ...BASE, 'api-key': '' }).input).toBe('api-key')
  })

  it('refuses an unknown operation and lists the known ones', () => {
    const error = inputError({ ...BASE, operation: 'destroy' })
    expect(error.message).toBe('Input "operation" must be one of create, get, rename, archive, unarchive, delete; got "destroy"')
  })

  it('refuses blank and overlong titles', () => {
    expect(inputError({ ...BASE, operation: 'create', title: '   ' }).input).toBe('title')
    const long = inputError({ ...BASE, operation: 'create', title: 'x'.repeat(171) })
    expect(long.message).toBe('Input "title" is 171 characters long; DocSpace allows at most 170')
    expect(parse({ ...BASE, operation: 'create', title: ` ${'x'.repeat(170)} ` }).title).toHaveLength(170)
  })

  it.each([
    ['custom', 5],
    ['collaboration', 2],
    ['public', 6],
    ['form-filling', 1],
    ['virtual-data', 8],
    ['EditingRoom', 2],
    ['virtualdataroom', 8],
    ['1', 1],
    ['6', 6]
  ])('maps room-type %s to %d', (type, value) => {
    expect(parse({ ...BASE, 'room-type': type }).roomType.value).toBe(value)
  })

  it('refuses an unknown room-type', () => {
    const error = inputError({ ...BASE, 'room-type': '3' })
    expect(error.input).toBe('room-type')
    expect(error.message).toContain('custom, collaboration, public, form-filling, virtual-data')
  })

  it('splits tags on commas and new lines, trimming and dropping duplicates', () => {
    expect(parse({ ...BASE, tags: 'a, b\nc,,a\n' }).tags).toEqual(['a', 'b', 'c'])
  })

  it('reads wait and the time bounds', () => {
    expect(parse({ ...BASE, wait: 'false' }).wait).toBe(false)
    expect(parse({ ...BASE, 'timeout-seconds': '2.5' }).timeoutMs).toBe(2500)
    expect(inputError({ ...BASE, wait: 'yes' }).input).toBe('wait')
    expect(inputError({ ...BASE, 'timeout-seconds': '0' }).input).toBe('timeout-seconds')
    expect(inputError({ ...BASE, 'timeout-seconds': '1e3' }).input).toBe('timeout-seconds')
    expect(inputError({ ...BASE, 'max-retries': '11' }).input).toBe('max-retries')
  })

  it('masks the key as given and as sent, before validating anything else', () => {
    setSecret.mockClear()
    expect(inputError({ ...BASE, operation: 'nope', 'api-key': ' Bearer sk-xyz\n' }).input).toBe('operation')
    expect(setSecret.mock.calls.flat()).toContain('Bearer sk-xyz')
    parse({ ...BASE, 'api-key': 'Bearer sk-xyz' })
    expect(setSecret.mock.calls.flat()).toContain('sk-xyz')
  })

  it('strips a pasted "Bearer " prefix from the key and refuses inner white space', () => {
    expect(parse({ ...BASE, 'api-key': 'Bearer sk-abc' }).apiKey).toBe('sk-abc')
    const error = inputError({ ...BASE, 'api-key': 'sk-abc def' })
    expect(error.input).toBe('api-key')
    expect(error.message).not.toContain('sk-abc')
  })
})
