// The archive-stale sub-action: the one bundle, told its operation (made by scripts/sub-actions.mjs).
process.env['INPUT_OPERATION'] = 'archive-stale'
await import('./index.js')
