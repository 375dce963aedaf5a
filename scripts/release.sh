#!/usr/bin/env bash
# Prepares a release of the action: scripts/release.sh X.Y.Z
#
# Checks that main is clean and that the committed dist/ is what a fresh build
# of src/ gives, runs the checks, bumps package.json, dates the CHANGELOG's
# [Unreleased] section as [X.Y.Z], commits, tags vX.Y.Z and moves vX to it.
# It pushes nothing: it prints the push and `gh release create` commands to run
# once you have looked at the result. See RELEASING.md.
set -euo pipefail

die() {
  echo "release: error: $*" >&2
  exit 1
}
step() {
  printf '\n==> %s\n' "$*"
}

[ "$#" -eq 1 ] || die "usage: scripts/release.sh X.Y.Z   (for example 1.2.0; no leading 'v')"
version="$1"
semver='^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$'
[[ "$version" =~ $semver ]] || die "'$version' is not a version X.Y.Z (digits only, no leading 'v', no pre-release suffix)"
major="${BASH_REMATCH[1]}"
tag="v$version"
major_tag="v$major"
date="$(date -u +%Y-%m-%d)"

root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel 2>/dev/null)" || die "not inside a git repository"
cd "$root"
for tool in git node npm; do
  command -v "$tool" > /dev/null || die "$tool is not installed"
done

step "Checking the repository"
branch="$(git symbolic-ref --quiet --short HEAD || true)"
[ "$branch" = main ] || die "releases are made from main, but you are on '${branch:-a detached HEAD}'; run: git switch main"
if [ -n "$(git status --porcelain --untracked-files=all)" ]; then
  git status --short --untracked-files=all >&2
  die "the working tree is not clean (above); commit or stash your changes first"
fi
if git rev-parse --quiet --verify "refs/tags/$tag" > /dev/null; then
  die "tag $tag already exists (on $(git rev-list -n 1 "$tag" | cut -c1-12)); pick another version"
fi
if git remote get-url origin > /dev/null 2>&1; then
  if remote_tag="$(git ls-remote --tags origin "refs/tags/$tag" 2> /dev/null)"; then
    [ -z "$remote_tag" ] || die "tag $tag already exists on origin; pick another version"
  else
    echo "warning: could not reach origin; checked local tags only" >&2
  fi
  if git rev-parse --quiet --verify refs/remotes/origin/main > /dev/null &&
    [ "$(git rev-parse HEAD)" != "$(git rev-parse refs/remotes/origin/main)" ]; then
    echo "warning: main is not at origin/main (as last fetched); release what CI has checked: git pull --ff-only" >&2
  fi
fi

# dist/ must be what CI built and checked: look at CI's runs on this commit when gh can.
head="$(git rev-parse HEAD)"
if command -v gh > /dev/null 2>&1; then
  for workflow in ci.yml check-dist.yml e2e.yml; do
    if ! run="$(gh run list --commit "$head" --workflow "$workflow" --limit 1 --json status,conclusion \
      --jq 'if length == 0 then "none" else .[0] | "\(.status) \(.conclusion)" end' 2> /dev/null)"; then
      echo "warning: gh could not list the $workflow runs; check on GitHub that it passed on ${head:0:12}" >&2
      continue
    fi
    case "$run" in
      "completed success") echo "$workflow passed on ${head:0:12}" ;;
      none) echo "warning: $workflow has no run on ${head:0:12} (skipped by its paths filter, or not pushed yet)" >&2 ;;
      "completed "*) die "$workflow ended '${run#completed }' on ${head:0:12}; release only a commit that CI passed" ;;
      *) die "$workflow is still '${run%% *}' on ${head:0:12}; wait for it to finish" ;;
    esac
  done
else
  echo "warning: gh is not installed; check on GitHub that CI, Check dist and E2E passed on ${head:0:12}" >&2
fi

current="$(node -p "require('./package.json').version")"
if [ "$current" = "$version" ] ||
  [ "$(printf '%s\n%s\n' "$current" "$version" | sort -V | tail -n 1)" != "$version" ]; then
  die "version $version is not higher than package.json's $current"
fi
echo "main at $(git rev-parse --short HEAD), package.json $current -> $version, tags $tag and $major_tag"

# Moves the CHANGELOG's [Unreleased] entries under "## [X.Y.Z] - date" (mode
# apply) or only checks that this can be done (mode check). A CHANGELOG that
# already has a "## [X.Y.Z]" section (written by hand) is used as it is, as
# long as [Unreleased] is empty.
changelog() {
  MODE="$1" VERSION="$version" DATE="$date" node - << 'EOF'
const fs = require('node:fs')
const { MODE, VERSION, DATE } = process.env
const fail = (message) => {
  console.error(`release: error: CHANGELOG.md: ${message}`)
  process.exit(1)
}
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
let text
try {
  text = fs.readFileSync('CHANGELOG.md', 'utf8')
} catch {
  fail('not found')
}
const heading = /^## \[Unreleased\][^\n]*\n/m.exec(text)
if (!heading) fail('has no "## [Unreleased]" heading')
const start = heading.index + heading[0].length
let end = text.length
const nextSection = text.slice(start).search(/^## /m)
if (nextSection >= 0) end = start + nextSection
else {
  const links = text.slice(start).search(/^\[[^\]]+\]: /m)
  if (links >= 0) end = start + links
}
const body = text.slice(start, end)
const prepared = new RegExp(`^## \\[${escape(VERSION)}\\]`, 'm').test(text)
if (prepared) {
  if (body.trim() !== '') fail(`has both a "## [${VERSION}]" section and entries under [Unreleased]; merge them first`)
  if (MODE === 'apply') console.log(`CHANGELOG.md already has a [${VERSION}] section; left as it is`)
  process.exit(0)
}
if (body.trim() === '') fail(`[Unreleased] is empty: list what changed in ${VERSION} under it first`)
if (MODE !== 'apply') process.exit(0)

let out = `${text.slice(0, start)}\n## [${VERSION}] - ${DATE}\n${body.startsWith('\n') ? '' : '\n'}${body}${text.slice(end)}`
// Keep the compare links at the bottom in step, if the file has them.
const unreleasedLink = /^\[Unreleased\]: (\S+)\/compare\/(\S+)\.\.\.HEAD[ \t]*$/m.exec(out)
if (unreleasedLink) {
  const [line, base, previous] = unreleasedLink
  out = out.replace(
    line,
    `[Unreleased]: ${base}/compare/v${VERSION}...HEAD\n[${VERSION}]: ${base}/compare/${previous}...v${VERSION}`
  )
}
fs.writeFileSync('CHANGELOG.md', out)
console.log(`CHANGELOG.md: [Unreleased] is now [${VERSION}] - ${DATE}`)
EOF
}
changelog check

step "npm ci"
npm ci --no-audit --no-fund

step "Checking that dist/ is a fresh build of src/"
npm run build
if [ -n "$(git status --porcelain --untracked-files=all -- dist)" ]; then
  git status --short --untracked-files=all -- dist >&2
  git --no-pager diff --stat -- dist >&2
  die "npm run build changed dist/ (above): the committed dist/ was not built from this source.
  Commit a fresh build through a pull request, so that CI's 'Check dist' passes on it, then run this again.
  To drop the rebuilt files here: git restore -- dist && git clean -fd -- dist"
fi

step "npm run lint"
npm run lint

step "npm test"
npm test

if [ -n "$(git status --porcelain --untracked-files=all)" ]; then
  git status --short --untracked-files=all >&2
  die "the checks left changed or new files (above); nothing was committed or tagged"
fi

step "Bumping the version to $version"
npm version "$version" --no-git-tag-version > /dev/null
changelog apply
# The version is not part of the bundle; make sure of it, so the tagged commit's
# dist/ is exactly a fresh build of the tagged source.
npm run build > /dev/null
if [ -n "$(git status --porcelain --untracked-files=all -- dist)" ]; then
  git status --short --untracked-files=all -- dist >&2
  die "bumping the version changed the build of dist/; nothing was committed (undo: git checkout -- . && git clean -fd -- dist)"
fi

step "Committing and tagging"
git add package.json package-lock.json CHANGELOG.md
git commit --quiet -m "Release $tag"
notes="$(mktemp)"
trap 'rm -f "$notes"' EXIT
# The tag's message is the release's CHANGELOG section, for gh release create --notes-from-tag.
VERSION="$version" node - > "$notes" << 'EOF'
const text = require('node:fs').readFileSync('CHANGELOG.md', 'utf8')
const { VERSION } = process.env
const lines = text.split('\n')
const from = lines.findIndex((l) => l.startsWith(`## [${VERSION}]`))
let to = lines.findIndex((l, i) => i > from && (l.startsWith('## ') || /^\[[^\]]+\]: /.test(l)))
if (to < 0) to = lines.length
console.log(`v${VERSION}\n\n${lines.slice(from + 1, to).join('\n').trim()}`)
EOF
git tag --annotate --cleanup=whitespace --file "$notes" "$tag"
previous_major="$(git rev-parse --quiet --verify "refs/tags/$major_tag^{commit}" || true)"
git tag --force --annotate --message "Update $major_tag tag to $tag" "$major_tag" "$tag^{commit}" > /dev/null
if [ -n "$previous_major" ]; then
  undo_major="git tag --force --annotate --message 'Update $major_tag tag' $major_tag ${previous_major:0:12}"
else
  undo_major="git tag -d $major_tag"
fi

commit="$(git rev-parse --short HEAD)"
cat << EOF

Release $tag is ready locally: commit $commit "Release $tag", tag $tag, and $major_tag moved to it.
Nothing has been pushed. Check it (git show $tag), then run:

  git push origin main
  git push origin $tag
  git push --force origin $major_tag
  gh release create $tag --verify-tag --title "$tag" --notes-from-tag --latest

Then, on the release's page, choose "Publish this Action to the GitHub Marketplace" if the
action is listed there (see RELEASING.md). To undo before pushing:

  git tag -d $tag && $undo_major && git reset --hard HEAD~1
EOF
