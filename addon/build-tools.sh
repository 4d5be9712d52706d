#!/usr/bin/env bash
# Installs what addon/build.sh needs beside the .NET SDK on Debian: NativeAOT links the binary with clang,
# and a build for the other architecture needs that architecture's C library and linker. The Dockerfile's
# build stage and CI run exactly this script. Installs nothing that is already there.
#
#   addon/build-tools.sh ARCH...   ARCH = amd64 | aarch64: every architecture the machine will build
set -euo pipefail

host=$(uname -m)
packages=()
need() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed" || packages+=("$1"); }

# clang drives the link; llvm-objcopy (package llvm) moves the debug symbols out of the shipped binary.
need clang
need llvm
for arch in "$@"; do
  case "$arch" in
    amd64) target=x86_64 cross=amd64 ;;
    aarch64) target=aarch64 cross=arm64 ;;
    *)
      echo "usage: addon/build-tools.sh amd64|aarch64..." >&2
      exit 2
      ;;
  esac
  if [ "$target" != "$host" ]; then
    # Debian's cross toolchain: the target's glibc, libgcc and binutils; clang finds them by target triple.
    need "gcc-${target/_/-}-linux-gnu"
    need "libc6-dev-${cross}-cross"
    need "binutils-${target/_/-}-linux-gnu"
  fi
done

if [ "${#packages[@]}" -gt 0 ]; then
  # Root in the image's build stage and in CI; a developer's machine asks sudo.
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}"
fi
