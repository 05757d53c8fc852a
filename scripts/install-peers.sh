#!/usr/bin/env bash
# Installs the real npm MCP servers the integration tests run against into .peers/npm, from the pinned
# package.json + package-lock.json in mcp-guard-testkit/src/test/resources/npm. Idempotent: does nothing when the
# installed lockfile already matches. Without npm it warns and exits 0 (peer tests then skip, or fail when
# -Dmcpguard.requirePeers=true, as in CI).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src="$root/mcp-guard-testkit/src/test/resources/npm"
dst="$root/.peers/npm"
if ! command -v npm >/dev/null 2>&1; then
  echo "install-peers: npm not found; integration tests that need real MCP servers will be skipped" >&2
  exit 0
fi
mkdir -p "$dst"
if [ -f "$dst/.installed-lock.json" ] && cmp -s "$src/package-lock.json" "$dst/.installed-lock.json" \
   && [ -d "$dst/node_modules/@modelcontextprotocol/server-everything" ]; then
  exit 0
fi
cp "$src/package.json" "$src/package-lock.json" "$dst/"
(cd "$dst" && npm ci --no-audit --no-fund --loglevel=error)
cp "$src/package-lock.json" "$dst/.installed-lock.json"
echo "install-peers: installed MCP test servers into $dst"
