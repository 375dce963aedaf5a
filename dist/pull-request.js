// The pull-request sub-action: the one bundle, told its operation (made by scripts/sub-actions.mjs).
process.env['INPUT_OPERATION'] = 'pull-request'
await import('./index.js')
