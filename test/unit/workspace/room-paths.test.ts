import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import path from 'node:path'
import { checkRoomPath, planDownload, showRoomPath, type RoomPath } from '../../../src/lib/workspace/room-paths.js'

const root = path.resolve('/runner/work/download')

/** A path from its titles, written with '|' between them so that a title may hold '/' in the tables. */
const titles = (written: string): RoomPath => written.split('|')

describe('checkRoomPath', () => {
  it.each([
    ['docs|report.docx'],
    ['a'],
    ['..foo|bar..baz'],
    ['.hidden|file'],
    ['Отчёт|日本語.txt|😀.png'],
    ['e\u0301te\u0301.txt'],
    // A right-to-left override is a format character, not a control: file systems take it, and the log, the summary
    // and the comment show it only through safe-text.
    ['invoice\u202etxt.exe'],
    ['con tents.txt|conx|com0|lpt10|COM1x.txt|aux-1'],
    ['x'.repeat(255)],
    ['é'.repeat(127)]
  ])('accepts %j', (written) => {
    expect(checkRoomPath(titles(written))).toBeUndefined()
  })

  it.each([
    ['', 'a title is empty'],
    ['a||b', 'a title is empty'],
    ['..', 'the title ".." would name a folder itself or the one above it'],
    ['a|.|b', 'the title "." would name a folder itself or the one above it'],
    ['a/../../etc', 'the title "a/../../etc" has "/" in it, which would make it a folder'],
    ['a|b\\c', 'the title "b\\c" has "\\" in it, which would make it a folder'],
    ['C:\\x', 'the title "C:\\x" has ":" in it, which Windows runners refuse'],
    ['x\u0000y', 'a title has the control character U+0000'],
    ['tab\there', 'a title has the control character U+0009'],
    ['line\nbreak', 'a title has the control character U+000A'],
    ['del\u007f', 'a title has the control character U+007F'],
    ['c1\u0085', 'a title has the control character U+0085'],
    ['c1\u009f<', 'a title has the control character U+009F'],
    ['lone\ud800', 'a title is not valid Unicode (a lone surrogate)'],
    ['\udc00lone', 'a title is not valid Unicode (a lone surrogate)'],
    ['a<b', 'the title "a<b" has "<" in it, which Windows runners refuse'],
    ['a>b', 'the title "a>b" has ">" in it, which Windows runners refuse'],
    ['a"b', 'the title "a"b" has """ in it, which Windows runners refuse'],
    ['a|b?', 'the title "b?" has "?" in it, which Windows runners refuse'],
    ['*', 'the title "*" has "*" in it, which Windows runners refuse'],
    ['con', 'the title "con" is a name Windows keeps for a device (CON)'],
    ['docs|con.txt', 'the title "con.txt" is a name Windows keeps for a device (CON)'],
    ['PRN.tar.gz', 'the title "PRN.tar.gz" is a name Windows keeps for a device (PRN)'],
    ['Aux', 'the title "Aux" is a name Windows keeps for a device (AUX)'],
    ['nul .txt', 'the title "nul .txt" is a name Windows keeps for a device (NUL)'],
    ['com1', 'the title "com1" is a name Windows keeps for a device (COM1)'],
    ['COM9.log', 'the title "COM9.log" is a name Windows keeps for a device (COM9)'],
    ['lpt5', 'the title "lpt5" is a name Windows keeps for a device (LPT5)'],
    ['LPT¹.txt', 'the title "LPT¹.txt" is a name Windows keeps for a device (LPT¹)'],
    ['trailing ', 'the title "trailing " ends in a space, which Windows runners drop'],
    ['folder.|x', 'the title "folder." ends in a dot, which Windows runners drop'],
    ['...', 'the title "..." ends in a dot, which Windows runners drop'],
    ['x'.repeat(256), 'a title is 256 bytes long; file systems take at most 255'],
    ['é'.repeat(150), 'a title is 300 bytes long; file systems take at most 255']
  ])('refuses %j', (written, reason) => {
    expect(checkRoomPath(titles(written))).toBe(reason)
  })

  it('takes a path of 4096 bytes and refuses one of 4097', () => {
    const titles = Array.from({ length: 17 }, () => 'x'.repeat(240))
    expect(checkRoomPath(titles)).toBeUndefined()
    expect(checkRoomPath([...titles.slice(1), 'x'.repeat(241)])).toBe(
      'the path is 4097 bytes long; file systems take at most 4096'
    )
  })

  it('refuses an empty path', () => {
    expect(checkRoomPath([])).toBe('the path is empty')
  })

  it('never repeats a title with a control character in its reason', () => {
    expect(checkRoomPath(['<\u001b[31m>'])).toBe('a title has the control character U+001B')
  })
})

describe('planDownload', () => {
  const plan = (...written: string[]): ReturnType<typeof planDownload> =>
    planDownload(
      written.map((w) => titles(w)),
      root
    )

  it('puts each accepted path under the root, title by title', () => {
    expect(plan('docs|report.docx', 'a.txt', '..foo|x')).toEqual({
      accepted: [
        {
          roomPath: 'docs/report.docx',
          segments: ['docs', 'report.docx'],
          target: path.join(root, 'docs/report.docx')
        },
        { roomPath: 'a.txt', segments: ['a.txt'], target: path.join(root, 'a.txt') },
        { roomPath: '..foo/x', segments: ['..foo', 'x'], target: path.join(root, '..foo', 'x') }
      ],
      refused: []
    })
  })

  it('refuses what checkRoomPath refuses, with its reason, and keeps the rest', () => {
    const { accepted, refused } = plan('ok.txt', '..', 'a/../../etc|passwd', 'con.txt')
    expect(accepted.map((a) => a.roomPath)).toEqual(['ok.txt'])
    expect(refused).toEqual([
      { roomPath: '..', reason: 'the title ".." would name a folder itself or the one above it' },
      { roomPath: 'a/../../etc/passwd', reason: 'the title "a/../../etc" has "/" in it, which would make it a folder' },
      { roomPath: 'con.txt', reason: 'the title "con.txt" is a name Windows keeps for a device (CON)' }
    ])
  })

  it('refuses both of two paths that differ only in case', () => {
    const { accepted, refused } = plan('A.txt', 'a.txt', 'b.txt')
    expect(accepted.map((a) => a.roomPath)).toEqual(['b.txt'])
    expect(refused.map((r) => r.roomPath)).toEqual(['A.txt', 'a.txt'])
    expect(refused[0]!.reason).toBe(
      '"A.txt" and "a.txt" differ only in case or Unicode form, and would be one name on macOS and Windows runners'
    )
  })

  it('refuses every file below two folders that differ only in case', () => {
    const { accepted, refused } = plan('Docs|x.txt', 'docs|y.txt', 'docs|z.txt', 'other|x.txt')
    expect(accepted.map((a) => a.roomPath)).toEqual(['other/x.txt'])
    expect(refused.map((r) => r.roomPath)).toEqual(['Docs/x.txt', 'docs/y.txt', 'docs/z.txt'])
  })

  it('refuses both of two paths whose NFC and NFD forms are one', () => {
    const nfc = 'caf\u00e9.txt'
    const nfd = 'cafe\u0301.txt'
    expect(nfc.normalize('NFD')).toBe(nfd)
    const { accepted, refused } = plan(nfc, nfd, `x|${nfd}`)
    expect(accepted.map((a) => a.roomPath)).toEqual([`x/${nfd}`])
    expect(refused.map((r) => r.roomPath)).toEqual([nfc, nfd])
  })

  it('refuses a file whose path is, ignoring case, the folder of another file, and the other file too', () => {
    expect(plan('Report', 'report|page.txt').accepted).toEqual([])
    expect(plan('report|page.txt', 'REPORT').accepted).toEqual([])
    const { refused } = plan('report', 'report|page.txt')
    expect(refused.map((r) => r.reason)).toEqual([
      '"report" is both a file and a folder in the listing',
      '"report" is both a file and a folder in the listing'
    ])
  })

  it('refuses both copies of a path listed twice', () => {
    const { accepted, refused } = plan('a|b.txt', 'a|b.txt', 'a|c.txt')
    expect(accepted.map((a) => a.roomPath)).toEqual(['a/c.txt'])
    expect(refused).toEqual([
      { roomPath: 'a/b.txt', reason: 'the listing has two files at this path' },
      { roomPath: 'a/b.txt', reason: 'the listing has two files at this path' }
    ])
  })

  it('does not let a refused path clash with an accepted one', () => {
    const { accepted } = plan('a.txt', 'A.txt.')
    expect(accepted.map((a) => a.roomPath)).toEqual(['a.txt'])
  })

  it('shows a path with its titles joined by "/"', () => {
    expect(showRoomPath(['a', 'b/c'])).toBe('a/b/c')
  })

  it('handles a long listing in one pass', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ['deep', 'x'.repeat(100), `file-${i}.txt`])
    const { accepted, refused } = planDownload(many, root)
    expect(accepted).toHaveLength(50_000)
    expect(refused).toEqual([])
  })
})

describe('planDownload, fuzzed', () => {
  const hostileTitle = fc.oneof(
    fc.string({ unit: fc.constantFrom(...'.a/\\:A \u0000\u202e\u00e9\u0301eCONnul1'.split('')), maxLength: 8 }),
    fc.constantFrom('..', '.', '', 'con', 'CON.txt', 'e\u0301', '\u00e9', 'a', 'A', '../..', '..\\..', 'C:\\', '/')
  )
  const listing = fc.array(fc.array(hostileTitle, { maxLength: 5 }), { maxLength: 20 })

  it('keeps every accepted target strictly under the root, one per name ignoring case', () => {
    fc.assert(
      fc.property(listing, (paths) => {
        const { accepted, refused } = planDownload(paths, root)
        expect(accepted.length + refused.length).toBe(paths.length)
        const names = new Set<string>()
        for (const { target, segments } of accepted) {
          const relative = path.relative(root, target)
          expect(path.isAbsolute(relative)).toBe(false)
          expect(relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`)).toBe(false)
          expect(target.startsWith(root + path.sep)).toBe(true)
          expect(relative.split(path.sep)).toEqual([...segments])
          const name = relative.normalize('NFC').toLowerCase()
          expect(names.has(name)).toBe(false)
          names.add(name)
        }
      }),
      { numRuns: 2000 }
    )
  })
})
