import { confirmSettings } from '../../src/operations/settings.js'

const room = {
  id: 7,
  title: 'R',
  rootFolderType: 14,
  tags: [],
  created: '2026-11-26T03:35:16.7110000Z',
  updated: '2026-11-26T03:35:16.7110000Z'
}

describe('confirmSettings', () => {
  it('passes when the answer shows what was set, or does not show it at all', () => {
    const shown = {
      ...room,
      quotaLimit: 1024,
      isCustomQuota: true,
      denyDownload: true,
      lifetime: { period: 1, value: 6, deletePermanently: false, enabled: true },
      logo: { original: '', color: 'FF0000' }
    }
    const settings = {
      quota: 1024,
      denyDownload: true,
      lifetime: { period: 1 as const, value: 6, deletePermanently: false },
      color: 'FF0000'
    }
    expect(() => confirmSettings(shown, settings)).not.toThrow()
    // A portal with room quotas off sends no quotaLimit; nothing to compare.
    expect(() => confirmSettings(room, { quota: 1024 })).not.toThrow()
  })

  it('fails naming each setting DocSpace shows otherwise', () => {
    const shown = { ...room, denyDownload: false, indexing: false, isCustomQuota: true, quotaLimit: 5 }
    expect(() => confirmSettings(shown, { denyDownload: true, indexing: true, quota: -2 })).toThrow(
      'DocSpace answered for room 7 without applying indexing (DocSpace shows false), deny-download (DocSpace shows false), quota (DocSpace shows true)'
    )
    expect(() => confirmSettings(room, { lifetime: { period: 0, value: 3, deletePermanently: true } })).toThrow(
      'file-lifetime (DocSpace shows none)'
    )
    expect(() =>
      confirmSettings({ ...room, lifetime: { period: 0, value: 3, enabled: true } }, { lifetime: 'off' })
    ).toThrow('file-lifetime (DocSpace still shows a lifetime)')
    expect(() => confirmSettings({ ...room, pinned: false }, {}, true)).toThrow('pinned (DocSpace shows false)')
  })

  it('does not compare the colour of a room with a logo image, which DocSpace does not show', () => {
    expect(() => confirmSettings({ ...room, logo: { original: '/logo.png' } }, { color: 'ABCDEF' })).not.toThrow()
  })
})
