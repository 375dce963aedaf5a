// The download sub-action: the one bundle, told its operation (made by scripts/sub-actions.mjs).
process.env['INPUT_OPERATION'] = 'download'
await import('./index.js')
