#!/usr/bin/env bash
# Publishes Gatehouse as a self-contained Linux build for one add-on architecture.
# The Dockerfile's build stage runs exactly this script, and CI runs it for every architecture.
#
#   addon/build.sh ARCH            ARCH = amd64 | aarch64; output in artifacts/publish/ARCH/
#   addon/build.sh ARCH --restore  only restore packages (the Dockerfile's cached layer)
set -euo pipefail

arch="${1:-}"
case "$arch" in
  amd64) rid=linux-x64 ;;
  aarch64) rid=linux-arm64 ;;
  *)
    echo "usage: addon/build.sh amd64|aarch64 [--restore]" >&2
    exit 2
    ;;
esac

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$root/src/Gatehouse/Gatehouse.csproj"
out="$root/artifacts/publish/$arch"

# ReadyToRun: precompiled code starts in a fraction of the time the JIT needs, which matters on a Raspberry Pi.
dotnet restore "$project" --runtime "$rid" -p:PublishReadyToRun=true
if [ "${2:-}" = "--restore" ]; then
  exit 0
fi

# Self-contained: the HA base image carries no .NET runtime. No trimming: Newtonsoft.Json and Quartz
# reflect over types, and nothing proves a trimmed build keeps what they need.
rm -rf "$out"
dotnet publish "$project" \
  --no-restore \
  --configuration Release \
  --runtime "$rid" \
  --self-contained true \
  -p:InvariantGlobalization=true \
  -p:PublishReadyToRun=true \
  --output "$out"
echo "Published Gatehouse for $arch ($rid) to $out"
