import { jest } from '@jest/globals'

jest.unstable_mockModule('@actions/core', () => ({ setSecret: () => undefined, getInput: () => '' }))
const { readInputs } = await import('../../src/inputs/read.js')
const { compactRoom } = await import('../../src/report/facts.js')
const { keyValueTable, renderFailure, renderSummary } = await import('../../src/report/summary.js')
const { ago, idle } = await import('../../src/lib/dates.js')
const { renderSummary: render, RAW_TIMESTAMP } = await import('../support/rendered-summary.js')
const { summaryIntrusions } = await import('../support/summary-html.js')

const NOW = Date.parse('2026-11-27T12:00:00Z')
const config = (inputs: Record<string, string>) =>
  readInputs((name) => ({ 'portal-url': 'https://x.example', 'api-key': 'sk-0123456789abcdef', ...inputs })[name] ?? '')
const room = {
  id: 7,
  title: 'Specs',
  roomType: 2,
  rootFolderType: 14,
  tags: ['a', 'b'],
  created: '2026-11-24T03:35:16.7110000+00:00',
  updated: '2026-11-27T11:58:00.0000000+00:00'
}

describe('the summary, rendered with a fixed "now"', () => {
  it('gives dates as people read them, the exact time beside them', () => {
    const c = config({ operation: 'get', 'room-id': '7' })
    const s = render(
      renderSummary({
        config: c,
        outcome: { result: 'found', room },
        room: compactRoom(c.portalUrl, room),
        warnings: [],
        now: NOW
      })
    )
    expect(s.facts).toEqual({
      Room: 'Specs',
      ID: '7',
      Type: 'collaboration',
      Tags: 'a b',
      State: 'active',
      Created: '3 days ago (2026-11-24 03:35 UTC)',
      'Last updated': '2 minutes ago (2026-11-27 11:58 UTC)',
      Result: 'found'
    })
    expect(s.text).not.toMatch(RAW_TIMESTAMP)
  })

  it('leaves out a row without a value, so that a new row is one line in a list', () => {
    expect(
      keyValueTable([
        ['Shown', 'yes'],
        ['Absent', undefined],
        ['Empty', '']
      ])
    ).toBe('<table><tr><th align="left">Shown</th><td>yes</td></tr></table>')
    expect(keyValueTable([['Absent', undefined]])).toBe('')
  })

  it('shows a failure and warnings in callouts that outside text cannot break out of', () => {
    const hostile = '- list\n=====\n> quote <b>bold</b> ## [x](http://e.example) | a | `c`'
    const text = renderFailure({
      operation: 'get',
      message: `Could not get room 7: ${hostile}. Likely cause: ${hostile}`,
      inputError: false,
      warnings: [hostile]
    })
    expect(summaryIntrusions(text)).toEqual([])
    const s = render(text)
    expect(s.callouts.map((c) => c.kind)).toEqual(['CAUTION', 'WARNING'])
    expect(s.html).not.toMatch(/<(?:ul|h1|h2|a |strong)/)
    expect(s.callouts[0]!.text).toContain('Likely cause: - list')
  })

  it("shows members' names from the portal as text, never an e-mail address in them", () => {
    const c = config({ operation: 'share', 'room-id': '7', members: 'x@example.com: editor' })
    const hostile = '<img src=x> **b** [l](http://e.example) | `c` #1'
    const s = renderSummary({
      config: c,
      outcome: {
        result: 'shared',
        room,
        members: [
          { id: '1', name: hostile, email: 'h@example.com', access: 'editor' },
          { id: '2', name: 'x@example.com', email: 'x@example.com', access: 'viewer' },
          { id: '3', name: 'Ann (ann@corp.example)', email: 'ann@corp.example', access: 'viewer' }
        ],
        memberChanges: [{ name: 'x@example.com', access: 'viewer' }]
      },
      room: compactRoom(c.portalUrl, room),
      warnings: [],
      now: NOW
    })
    expect(summaryIntrusions(s)).toEqual([])
    const r = render(s)
    expect(r.facts.Members).toBe(
      `${hostile} (editor), a person with no name yet (viewer), Ann ((e-mail address hidden)) (viewer)`
    )
    expect(r.facts['Member changes']).toBe('a person with no name yet invited as viewer')
    expect(r.html).not.toContain('@')
  })

  it('words ages naturally', () => {
    const MIN = 60_000
    const DAY = 86_400_000
    expect([0, 59_000, MIN, 90 * MIN, DAY, 59 * DAY, 60 * DAY, 800 * DAY].map(ago)).toEqual([
      'just now',
      'just now',
      '1 minute ago',
      '1 hour ago',
      '1 day ago',
      '59 days ago',
      '2 months ago',
      '2 years ago'
    ])
    expect([30 * MIN, 5 * 3_600_000, DAY, 400 * DAY].map(idle)).toEqual([
      'under an hour',
      '5 hours',
      '1 day',
      '400 days'
    ])
  })
})
