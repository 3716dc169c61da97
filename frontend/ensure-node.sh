#!/usr/bin/env bash
# Run by the Maven build (frontend/pom.xml, phase initialize) before frontend-maven-plugin installs Node.
#
# frontend-maven-plugin keeps the Node archive it downloads in the local Maven repository and installs from there
# when it finds it. This step makes sure it can:
#   1. the archive is already cached                              -> nothing to do;
#   2. the plugin's download root answers (a machine on the internet) -> nothing to do, the plugin downloads as usual;
#   3. otherwise, the machine's own npm fetches the same Node release from its configured registry (the npm packages
#      node-<os>-<arch> carry the official binary) and this step repacks it into the plugin's cache, with the npm
#      release the plugin installs beside it;
#   4. neither works -> the build stops here, saying both ways in Chinese and English.
#
# Usage: ensure-node.sh <maven-local-repo> <node-version, vX.Y.Z> <npm-version> <java.home> [nodeDownloadRoot]
set -euo pipefail

repo=$1
node_version=${2#v}
npm_version=$3
java_home=$4
download_root=${5:-}

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=darwin ;;
  *) echo "ensure-node: $(uname -s) is left to frontend-maven-plugin's own download"; exit 0 ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "ensure-node: $(uname -m) is left to frontend-maven-plugin's own download"; exit 0 ;;
esac

node_archive="$repo/com/github/eirslett/node/$node_version/node-$node_version-$os-$arch.tar.gz"
npm_archive="$repo/com/github/eirslett/npm/$npm_version/npm-$npm_version.tar.gz"

if [ -s "$node_archive" ]; then
  echo "ensure-node: Node $node_version ($os-$arch) is cached"
  exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The plugin's default download root is written in the plugin itself (Platform.getNodeDownloadRoot); read it from
# there, so that this build names no host of its own.
plugin_default_root() {
  local core
  core=$(ls "$repo"/com/github/eirslett/frontend-plugin-core/*/frontend-plugin-core-*.jar 2>/dev/null | tail -1)
  [ -n "$core" ] || return 0
  (cd "$tmp" && "$java_home/bin/jar" xf "$core" com/github/eirslett/maven/plugins/frontend/lib/Platform.class 2>/dev/null) || return 0
  LC_ALL=C grep -a -o 'https://[A-Za-z0-9.-]*/dist/' "$tmp/com/github/eirslett/maven/plugins/frontend/lib/Platform.class" | head -1
}

reachable() {
  local url=$1 host
  if command -v curl >/dev/null 2>&1; then
    curl -fsSI --max-time 15 -o /dev/null "$url" 2>/dev/null
  else
    host=${url#*://}; host=${host%%/*}
    timeout 10 bash -c "exec 3<>/dev/tcp/$host/443" 2>/dev/null
  fi
}

[ -n "$download_root" ] || download_root=$(plugin_default_root)
if [ -n "$download_root" ] && reachable "${download_root%/}/v$node_version/SHASUMS256.txt"; then
  echo "ensure-node: frontend-maven-plugin downloads Node $node_version from ${download_root}"
  exit 0
fi

from_npm_registry() {
  command -v npm >/dev/null 2>&1 || return 1
  echo "ensure-node: the plugin's download root is not reachable; fetching node-$os-$arch@$node_version through npm"
  (
    cd "$tmp"
    npm pack --silent "node-$os-$arch@$node_version" >/dev/null
    mkdir unpacked
    tar xzf "node-$os-$arch-$node_version.tgz" -C unpacked
    [ -x unpacked/package/bin/node ] || { echo "ensure-node: the package holds no bin/node" >&2; exit 1; }
    mv unpacked/package "node-v$node_version-$os-$arch"
    tar czf node.tar.gz "node-v$node_version-$os-$arch"
    if [ ! -s "$npm_archive" ]; then
      npm pack --silent "npm@$npm_version" >/dev/null
    fi
  ) || return 1
  mkdir -p "$(dirname "$node_archive")"
  mv "$tmp/node.tar.gz" "$node_archive.part" && mv "$node_archive.part" "$node_archive"
  if [ ! -s "$npm_archive" ]; then
    mkdir -p "$(dirname "$npm_archive")"
    mv "$tmp/npm-$npm_version.tgz" "$npm_archive.part" && mv "$npm_archive.part" "$npm_archive"
  fi
  echo "ensure-node: cached $node_archive"
}

if from_npm_registry; then
  exit 0
fi

root_zh=${download_root:-插件默认地址}
root_en=${download_root:-"the plugin's default"}
cat >&2 <<EOF

==============================================================================================================
无法获取 Node.js $node_version（$os-$arch），前端无法构建。以下两种方式任选其一：
  1. 让本机能访问 frontend-maven-plugin 的 Node 下载地址（${root_zh}），
     或用 -DnodeDownloadRoot=<镜像地址> 指定一个可访问的镜像；
  2. 安装 npm 并配置一个可访问的 npm 仓库（npm config get registry），构建会通过它获取 npm 包 node-$os-$arch@$node_version。
Cannot obtain Node.js $node_version ($os-$arch) for the front-end build. Either:
  1. let this machine reach frontend-maven-plugin's Node download root (${root_en}),
     or point -DnodeDownloadRoot=<mirror> at a reachable mirror; or
  2. install npm with a reachable registry configured (npm config get registry); the build then fetches the npm
     package node-$os-$arch@$node_version through it.
==============================================================================================================
EOF
exit 1
