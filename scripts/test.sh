#!/usr/bin/env bash
# The test command: jest on real Neo4j, Redis and Chromium. ESM needs Node's VM modules flag.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_OPTIONS="${NODE_OPTIONS:-} --experimental-vm-modules --no-warnings=ExperimentalWarning"
exec npx jest "$@"
