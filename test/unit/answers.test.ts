import {
  checkAnswer,
  LISTED_ROOM_FIELDS,
  OperationAnswer,
  RoomAnswer,
  RoomPageAnswer
} from '../../src/docspace/answers.js'
import { savedTitle } from '../../src/docspace/types.js'

const room = {
  id: 5,
  title: 'A',
  rootFolderType: 14,
  roomType: 5,
  tags: ['x'],
  created: '2026-11-26T03:35:16.7110000Z',
  updated: '2026-11-26T06:35:16.7110000+03:00'
}

describe('answer shapes', () => {
  it('keeps fields the action does not read, and reads the ones it does', () => {
    const result = checkAnswer(RoomAnswer, { ...room, logo: { color: 'FF0000' }, security: { Read: true } })
    expect(result).toEqual({ ok: true, value: { ...room, logo: { color: 'FF0000' }, security: { Read: true } } })
  })

  // ApiDateTime.ToRoundTripString (DocSpace-server v3.7.2, common/ASC.Api.Core/Core/ApiDateTime.cs:164-172) writes
  // seven fraction digits and `Z` for a zero offset, else ±hh:mm: settled here, as round 1 left it unverified.
  it.each([
    ['2026-11-26T03:35:16.7110000Z', Date.UTC(2026, 10, 26, 3, 35, 16, 711)],
    ['2026-11-26T06:35:16.7119999+03:00', Date.UTC(2026, 10, 26, 3, 35, 16, 711)],
    ['2026-11-25T22:05:16.0000000-05:30', Date.UTC(2026, 10, 26, 3, 35, 16)]
  ])('reads the date %s as DocSpace writes it', (text, utc) => {
    expect(checkAnswer(RoomAnswer, { ...room, updated: text }).ok).toBe(true)
    expect(Date.parse(text)).toBe(utc)
  })

  it.each([
    [RoomPageAnswer, {}, 'without a room list (response.folders)'],
    [RoomPageAnswer, { folders: [] }, 'without the total count (response.total)'],
    [
      RoomPageAnswer,
      { folders: [room], total: -1 },
      'with response.total as the number -1, where a number of 0 or more was expected'
    ],
    [RoomPageAnswer, { folders: [{ ...room, roomType: undefined }], total: 1 }, 'without response.folders[0].roomType'],
    [RoomAnswer, undefined, 'without an answer (response)'],
    [RoomAnswer, [], 'with response as a list, where an object was expected'],
    [RoomAnswer, { ...room, id: '' }, 'with response.id as the text "", where a DocSpace ID (a positive whole number'],
    [RoomAnswer, { ...room, id: 1.5 }, 'with response.id as the number 1.5, where a DocSpace ID'],
    [RoomAnswer, { ...room, id: 0 }, 'with response.id as the number 0, where a DocSpace ID'],
    [
      RoomAnswer,
      { ...room, id: '../../people/7?' },
      'with response.id as the text "../../people/7?", where a DocSpace ID'
    ],
    [RoomAnswer, { ...room, id: '12' }, 'with response.id as the text "12", where a DocSpace ID'],
    [RoomAnswer, { ...room, id: null }, 'with response.id as null, where a DocSpace ID'],
    [RoomAnswer, { ...room, created: 'yesterday' }, 'with response.created as the text "yesterday", where a date'],
    [RoomAnswer, { ...room, tags: [1] }, 'with response.tags[0] as the number 1, where a string was expected'],
    [OperationAnswer, { progress: 1 }, 'without response.id'],
    [OperationAnswer, { id: 'a', finished: 'yes' }, 'with response.finished as the text "yes", where a boolean'],
    [OperationAnswer, { id: 'a', error: 5 }, 'with response.error as the number 5, where a string was expected']
  ])('%#: names what is missing or wrong', (schema, answer, problem) => {
    const result = checkAnswer(schema, answer)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problem).toContain(problem)
  })

  // RegexDaoSelectorBase.cs:52 and the providers of Selectors.cs:40-45 (DocSpace-server v3.7.2).
  it.each([5, 2147483647, 'box-3', 'box-3-|12', 'sbox-12-L2Zvby9iYXI', 'onedrive-4-|ABC!123', 'spoint-2-/sites/a b/c'])(
    'takes the ID %j, a form DocSpace gives',
    (id) => {
      expect(checkAnswer(RoomAnswer, { ...room, id }).ok).toBe(true)
    }
  )

  it('keeps only the fields it reads of a listed room, so a long listing holds no more', () => {
    const page = { folders: [{ ...room, logo: { color: 'FF0000' }, createdBy: { id: 'u' } }], total: 1, current: 0 }
    expect(checkAnswer(RoomPageAnswer, page)).toEqual({ ok: true, value: { folders: [room], total: 1, current: 0 } })
  })

  it('asks a listing for the fields it reads, and for no whole object', () => {
    expect(LISTED_ROOM_FIELDS.sort()).toEqual(
      ['created', 'id', 'roomType', 'rootFolderType', 'tags', 'title', 'updated'].sort()
    )
  })
})

// Global.ReplaceInvalidCharsAndTruncate (products/ASC.Files/Core/Helpers/Global.cs:198, 219-241).
describe('savedTitle, as DocSpace saves a title', () => {
  it.each([
    ['  a: b  ', 'a_ b'],
    ['tab\there', 'tab_here'],
    ['new\nline', 'new\nline'],
    ['rocket 🚀', 'rocket __'],
    ['a'.repeat(171), 'a'.repeat(170)],
    [`${'a'.repeat(165)}.document`, `${'a'.repeat(161)}.document`],
    [`${'a'.repeat(100)}.${'b'.repeat(80)}`, `${'a'.repeat(100)}.${'b'.repeat(69)}`]
  ])('%j → %j', (input, saved) => {
    expect(savedTitle(input)).toBe(saved)
  })
})
