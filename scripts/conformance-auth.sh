#!/usr/bin/env bash
# Runs the official MCP conformance suite's client auth scenarios against mcp-guard's token client
# (dev.jguard.mcp.examples.auth.ConformanceAuthClient). Not part of `mvn verify` (needs Node >= 22 and ~5 s per
# scenario). Usage: scripts/conformance-auth.sh [scenario ...]   (default: the auth scenarios listed below)
# Output: per-scenario results under target/conformance/, and a summary line "N passed, M failed".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
PEER=$ROOT/.peers/conformance
VERSION=0.2.0-alpha.12
if [ ! -x "$PEER/node_modules/.bin/conformance" ] || [ ! -x "$PEER/node_modules/node/bin/node" ]; then
  mkdir -p "$PEER"
  [ -f "$PEER/package.json" ] || echo '{"name":"mcp-guard-conformance","private":true}' > "$PEER/package.json"
  (cd "$PEER" && npm install --no-audit --no-fund "node@22" "@modelcontextprotocol/conformance@$VERSION" >/dev/null)
fi
export PATH="$PEER/node_modules/node/bin:$PATH"
mvn -B -q -ntp -pl mcp-guard-examples -am install -DskipTests -Dmaven.javadoc.skip=true
CP_FILE=$ROOT/target/conformance-classpath.txt
mkdir -p "$ROOT/target/conformance"
mvn -B -q -ntp -pl mcp-guard-examples dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime
CP="$ROOT/mcp-guard-examples/target/classes:$(cat "$CP_FILE")"
CMD="java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp $CP dev.jguard.mcp.examples.auth.ConformanceAuthClient"
if [ $# -gt 0 ]; then SCENARIOS=("$@"); else SCENARIOS=(
  auth/dpop auth/dpop-nonce
  auth/metadata-default auth/metadata-var1 auth/metadata-var2 auth/metadata-var3
  auth/scope-from-www-authenticate auth/scope-from-scopes-supported auth/scope-omitted-when-undefined
  auth/scope-step-up auth/scope-retry-limit
  auth/token-endpoint-auth-basic auth/token-endpoint-auth-post auth/token-endpoint-auth-none auth/pre-registration
  auth/resource-mismatch auth/iss-supported auth/iss-not-advertised auth/iss-supported-missing auth/iss-wrong-issuer
  auth/iss-unexpected auth/iss-normalized auth/metadata-issuer-mismatch); fi
pass=0; fail=0; failed=()
for s in "${SCENARIOS[@]}"; do
  if "$PEER/node_modules/.bin/conformance" client --command "$CMD" --scenario "$s" -o "$ROOT/target/conformance" \
      > "$ROOT/target/conformance/$(echo "$s" | tr / _).log" 2>&1; then
    pass=$((pass + 1)); echo "PASS $s"
  else
    fail=$((fail + 1)); failed+=("$s"); echo "FAIL $s"
  fi
done
echo "conformance: $pass passed, $fail failed"
[ ${#failed[@]} -eq 0 ] || echo "failed: ${failed[*]} (details in target/conformance/)"
