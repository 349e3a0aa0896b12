#!/usr/bin/env bash
# Installs what casegraph needs on a fresh Debian machine: Chromium, Redis, Java 17, Maven, the
# DejaVu fonts and poppler's PDF tools from Debian's packages (as root), the npm dependencies, and
# the embedded Neo4j launcher (from Maven).
# Safe to run again: each step is skipped when its result is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jre-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
command -v zip >/dev/null 2>&1 || need+=(zip)
command -v unzip >/dev/null 2>&1 || need+=(unzip)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
# pdfimages, pdffonts and pdftotext check the evidence report's images, fonts and text.
command -v pdfimages >/dev/null 2>&1 || need+=(poppler-utils)

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "casegraph setup: installing ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "casegraph setup: please install these Debian packages first: ${need[*]}" >&2
    exit 69
  fi
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "casegraph setup: installing npm dependencies"
  # Never let puppeteer fetch a browser: casegraph drives Debian's Chromium.
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

marker=graph/neo4j-launcher/target/lib/.complete
if [ ! -f "$marker" ] || [ graph/neo4j-launcher/pom.xml -nt "$marker" ] \
  || [ graph/neo4j-launcher/src/main/java/casegraph/EmbeddedNeo4j.java -nt "$marker" ]; then
  echo "casegraph setup: building the embedded Neo4j launcher (downloads Neo4j from Maven Central once)"
  (cd graph/neo4j-launcher && mvn -B -q package -DskipTests)
  date -u +%FT%TZ > "$marker"
fi

# jwarc validates the WARC files casegraph writes, in the tests (java -jar build/tools/jwarc.jar).
jwarc_version=0.31.1
if [ ! -f build/tools/jwarc.jar ] || [ ! -f "build/tools/jwarc-$jwarc_version.jar" ]; then
  echo "casegraph setup: fetching jwarc $jwarc_version from Maven Central"
  mkdir -p build/tools
  mvn -B -q dependency:copy "-Dartifact=org.netpreserve:jwarc:$jwarc_version" -DoutputDirectory=build/tools
  cp "build/tools/jwarc-$jwarc_version.jar" build/tools/jwarc.jar
fi
