// The upload sub-action: the one bundle, told its operation (made by scripts/sub-actions.mjs).
process.env['INPUT_OPERATION'] = 'upload'
await import('./index.js')
