// Every text operation the action applies to outside text, against what it replaced and against the inputs that
// made the old patterns slow: a portal's or GitHub's text of a megabyte must take one pass, and secrets must be
// hidden before anything is cut. Only outcomes are checked here; scripts/hostile-timing.ts prints the times.
import { jest } from '@jest/globals'
import fc from 'fast-check'

jest.unstable_mockModule('@actions/core', () => ({
  setSecret: () => undefined,
  getInput: () => '',
  info: () => undefined,
  warning: () => undefined,
  notice: () => undefined,
  debug: () => undefined,
  setFailed: () => undefined,
  group: async (_: string, work: () => Promise<unknown>) => work()
}))
const { clipSafely, redact, registerSecret } = await import('../../src/lib/redact.js')
const { commentText, emailSpans, maskEmails, personName, summaryLines } = await import('../../src/lib/safe-text.js')
const { pageTitle } = await import('../../src/docspace/envelope.js')
const { pageNumber, plainText } = await import('../../src/github/client.js')
const { parseMembers } = await import('../../src/inputs/members.js')
const { DocSpaceError, MAX_PORTAL_WORDS } = await import('../../src/lib/errors.js')

/** The patterns the action used before: the oracles for what the one-pass code must find. */
const OLD_EMAIL = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[^\s@<>()[\]"',;:]+/g
const OLD_TITLE = /<title[^>]*>([^<]*)<\/title>/i

const MB = 1024 * 1024
const KEY = `sk-${'9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'}`
registerSecret(KEY)
/** A key with the characters JSON and HTML escape. */
const ODD_KEY = 'sk-"quoted"\\back\\slash<&>-0123456789abcdef'
registerSecret(ODD_KEY)

/** Every run of 8 characters of a secret, in the forms it is written in. */
function fragments(secret: string): string[] {
  const forms = [secret, JSON.stringify(secret).slice(1, -1)]
  return forms.flatMap((form) => Array.from({ length: form.length - 7 }, (_, i) => form.slice(i, i + 8)))
}
const FRAGMENTS = new Map([KEY, ODD_KEY].map((key) => [key, fragments(key)]))

function expectNoFragment(text: string, secret: string): void {
  expect(FRAGMENTS.get(secret)!.filter((piece) => text.includes(piece))).toEqual([])
}

/** Text made of address parts, so that addresses and near-addresses are common. */
const addressy = fc
  .array(fc.constantFrom(...'ab.@ :<(",x1-_\u00a0\u2028\t@.'.split(''), 'ex.com', 'a@b', '..', '@@'), {
    maxLength: 30
  })
  .map((parts) => parts.join(''))

describe('e-mail addresses, found in one pass', () => {
  it('finds what the old pattern found', () => {
    fc.assert(
      fc.property(addressy, (text) => {
        const old = [...text.matchAll(OLD_EMAIL)].map((m) => [m.index, m.index + m[0].length])
        expect(emailSpans(text)).toEqual(old)
      }),
      { numRuns: 5000 }
    )
  })

  it.each([
    ['a word of a megabyte', 'x'.repeat(MB)],
    ['a word of a megabyte after an @', `a@${'x'.repeat(MB)}`],
    ['a megabyte of @', '@'.repeat(MB)],
    ['a megabyte of a@b', 'a@b'.repeat(MB / 3)],
    ['a megabyte after an @, its only dot last', `a@${'x'.repeat(MB)}.`]
  ])('%s: masked, named and commented on as text', (_, text) => {
    expect(emailSpans(text)).toEqual([])
    expect(maskEmails(text)).toBe(text)
    expect(personName(text).length).toBe(text.length)
    expect(commentText(text).length).toBeLessThan(2000)
  })

  it('a megabyte of addresses: each masked', () => {
    const text = 'ana@example.com '.repeat(MB / 16)
    expect(emailSpans(text)).toHaveLength(MB / 16)
    expect(maskEmails(text)).toBe('a…@example.com '.repeat(MB / 16))
  })
})

describe("a page's title, found in one pass", () => {
  const htmlish = fc
    .array(fc.constantFrom('<title', '<TITLE', '>', '</title>', '</Title>', '<', 'a', ' ', '<b>', 'x y'), {
      maxLength: 20
    })
    .map((parts) => parts.join(''))

  it('is the title the old pattern found', () => {
    fc.assert(
      fc.property(htmlish, (html) => {
        expect(pageTitle(html)).toBe(OLD_TITLE.exec(html)?.[1]?.trim())
      }),
      { numRuns: 5000 }
    )
  })

  it.each([
    ['a megabyte of <title', '<title'.repeat(MB / 6)],
    ['a megabyte of <title>', '<title>'.repeat(MB / 7)],
    ['a title of a megabyte, never closed', `<title>${'x'.repeat(MB)}`]
  ])('%s: no title', (_, html) => {
    expect(pageTitle(html)).toBeUndefined()
  })
})

describe("GitHub's page as text, in one pass", () => {
  it('leaves out tags, scripts and styles, and keeps the text', () => {
    expect(plainText('<html><script>var a = "<b>";</script><style>b{}</STYLE ><p>Bad</p> gateway</html>')).toBe(
      '    Bad  gateway '
    )
    expect(plainText('a < b and c<3 <p>x')).toBe('a < b and c<3  x')
    expect(plainText('unclosed <script>alert(1) <b>bold</b>')).toBe('unclosed  alert(1)  bold ')
    expect(plainText('no end <a href="x"')).toBe('no end <a href="x"')
    // The old pattern's case: `a@…` whose domain is all dots is an address as well.
    expect(emailSpans(`a@${'.'.repeat(MB)}`)).toEqual([[0, MB + 2]])
  })

  it('nothing tag-like is left of any page', () => {
    const page = fc
      .array(
        fc.constantFrom('<script>', '<script', '</script>', '<style>', '</style >', '<p>', '<', '>', 'text', ' '),
        {
          maxLength: 25
        }
      )
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(page, (html) => {
        const text = plainText(html)
        // What is left of a tag is a `<` with no `>` after it.
        const tag = /<[a-z/!][^>]*>/i.exec(text)
        expect(tag).toBeNull()
      }),
      { numRuns: 3000 }
    )
  })

  it.each([
    ['a megabyte of <script', '<script'.repeat(MB / 7)],
    ['a megabyte of <style>', '<style>'.repeat(MB / 7)],
    ['a megabyte of <a', '<a'.repeat(MB / 2)],
    ['a megabyte of <script>x</script>', '<script>x</script>'.repeat(MB / 18)]
  ])('%s: comes to an end', (_, html) => {
    expect(plainText(html).length).toBeLessThanOrEqual(html.length)
  })

  it("reads a link header's pages, and a header of a megabyte of < as none", () => {
    const link = '<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"'
    expect(pageNumber(link, 'next')).toBe(2)
    expect(pageNumber(link, 'last')).toBe(5)
    expect(pageNumber('<'.repeat(MB), 'last')).toBeUndefined()
  })
})

describe('a line of members, split in one pass', () => {
  it('reads what the pattern read', () => {
    const members = parseMembers('  ana@example.com  :  editor \n@bo:viewer', new Map([['bo', 'bo@example.com']]))
    expect(members.map((m) => [m.email, m.access.name])).toEqual([
      ['ana@example.com', 'editor'],
      ['bo@example.com', 'viewer']
    ])
    for (const bad of [': editor', 'a@example.com: editor: x', 'a@example.com editor']) {
      expect(() => parseMembers(bad, new Map())).toThrow(/is not "<e-mail or @login>: <access>"/)
    }
  })

  it('a line of 128 KiB of spaces without a colon is refused', () => {
    expect(() => parseMembers(`a${' '.repeat(128 * 1024)}b`, new Map())).toThrow(/is not "<e-mail or @login>/)
  })
})

describe('secrets are hidden before text is cut', () => {
  it('no 8 characters of a key are left, wherever the cut falls', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 120 }),
        fc.string({ maxLength: 40 }),
        fc.integer({ min: 1, max: 250 }),
        fc.constantFrom(KEY, ODD_KEY, JSON.stringify(ODD_KEY).slice(1, -1)),
        (before, after, max, key) => {
          const clipped = clipSafely(`${before}${key}${after}`, max)
          expect(clipped.length).toBeLessThanOrEqual(max)
          expectNoFragment(clipped, KEY)
          expectNoFragment(clipped, ODD_KEY)
        }
      ),
      { numRuns: 3000 }
    )
  })

  it('the JSON, URL and HTML forms of a key are hidden too', () => {
    for (const form of [
      JSON.stringify(ODD_KEY),
      encodeURIComponent(ODD_KEY),
      ODD_KEY.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
    ]) {
      expect(redact(`x ${form} y`)).not.toMatch(/quoted|slash/)
    }
    expect(JSON.parse(redact(JSON.stringify({ title: `a ${ODD_KEY} b` })))).toEqual({ title: 'a *** b' })
  })

  it("a portal's message is hidden, then shortened to 1,000 characters, saying so", () => {
    const message = `${'x'.repeat(MAX_PORTAL_WORDS - 30)}Invalid token: Bearer ${KEY} ${'y'.repeat(1.5 * MB)}`
    const error = new DocSpaceError({ request: 'GET /api/2.0/files/rooms/1', status: 401, docspaceMessage: message })
    expect(error.message.length).toBeLessThan(MAX_PORTAL_WORDS + 400)
    expect(error.message).toContain(`(shortened from ${redact(message).length} characters)`)
    expectNoFragment(error.message, KEY)
  })

  it('the comment and the summary clip after hiding', () => {
    for (let offset = 0; offset < 220; offset += 7) {
      const text = `${'t'.repeat(offset)}Bearer ${KEY}`
      expectNoFragment(commentText(text), KEY)
      expectNoFragment(commentText(text, 100), KEY)
      expectNoFragment(summaryLines(text), KEY)
    }
  })
})
