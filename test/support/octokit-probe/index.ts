/**
 * Bundled by test/e2e/proxy.test.ts with ncc and the action's tsconfig.json, as the action is: comments on a
 * pull request through @actions/github's Octokit, loaded lazily as src/pull-request.ts loads it, and prints
 * the answer. It stands in for the action's own GitHub API calls until it makes some.
 */
const { getOctokit } = await import('@actions/github')
const { data } = await getOctokit('probe-token').rest.issues.createComment({
  owner: 'octo-org',
  repo: 'octo-repo',
  issue_number: 2,
  body: 'Room ready'
})
console.log(JSON.stringify(data))
