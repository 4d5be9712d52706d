#!/usr/bin/env bash
# Publishes Gatehouse as one NativeAOT Linux executable for one add-on architecture, cross-compiled when the
# architecture is not the machine's own. The Dockerfile's build stage runs exactly this script, and CI runs it
# for every architecture. addon/build-tools.sh installs the linker it needs.
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

# The restore fetches the AOT compiler for this machine and the runtime for the target (PublishAot is set in
# the project).
dotnet restore "$project" --runtime "$rid"
if [ "${2:-}" = "--restore" ]; then
  exit 0
fi

# No JIT and no framework beside the binary: it starts in tens of milliseconds and stays small, which matters
# on a Raspberry Pi. The .dbg symbol file is left out of the output: it is for debugging a crash dump only.
rm -rf "$out"
dotnet publish "$project" \
  --no-restore \
  --configuration Release \
  --runtime "$rid" \
  --output "$out"
rm -f "$out"/*.dbg "$out"/*.pdb "$out"/*.xml
echo "Published Gatehouse for $arch ($rid) to $out"
