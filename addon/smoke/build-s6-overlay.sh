#!/usr/bin/env bash
# Builds s6-overlay v3 for this machine's architecture from the vendored sources, as its own Makefile
# (mk/skaware.mk) does: each skarnet package at the version s6-overlay 3.2.3.0 pins (conf/versions),
# statically linked, slashpackage layout, then the noarch scripts with @VERSION@ filled in. Differences:
# musl-gcc (Debian's musl-tools) instead of s6-overlay's downloaded musl cross toolchain, and no
# s6-dns, s6-networking or BearSSL (only s6-overlay's optional networking tools use them).
#
#   addon/smoke/build-s6-overlay.sh OUT   the overlay's root filesystem goes to OUT/rootfs
set -euo pipefail

out="$(realpath -m "${1:?usage: addon/smoke/build-s6-overlay.sh OUT}")"
sources="$(cd "$(dirname "${BASH_SOURCE[0]}")/sources" && pwd)"
overlay_version=3.2.3.0
staging="$out/staging"
build="$out/build"
rm -rf "$staging" "$build" "$out/rootfs" "$out/kernel-headers"
mkdir -p "$staging" "$build" "$out/rootfs"

# name version category configure-options, in dependency order (mk/skaware.mk's *_OPTIONS).
packages=(
  "skalibs 2.15.0.0 prog --with-default-path=/command:/usr/bin:/bin --with-sysdep-devurandom=yes --with-sysdep-grndinsecure=no --with-sysdep-posixspawnearlyreturn=no --with-sysdep-procselfexe=/proc/self/exe"
  "execline 2.9.9.0 admin --disable-pedantic-posix --enable-multicall"
  "s6 2.15.0.0 admin"
  "s6-rc 0.6.1.0 admin"
  "s6-linux-init 1.2.0.1 admin"
  "s6-portable-utils 2.3.1.2 admin --enable-multicall"
  "s6-linux-utils 2.6.4.1 admin --enable-multicall"
  "s6-overlay-helpers 0.1.2.2 admin"
)
# musl-gcc sees only musl's headers; s6-linux-init and s6-linux-utils also need the kernel's
# (linux-libc-dev), which are libc-independent.
headers="$out/kernel-headers"
mkdir -p "$headers"
ln -sfn /usr/include/linux /usr/include/asm-generic "$headers/"
ln -sfn "/usr/include/$(gcc -dumpmachine)/asm" "$headers/asm"
for entry in "${packages[@]}"; do
  read -r name version _ options <<<"$entry"
  tar -xzf "$sources/$name-$version.tar.gz" -C "$build"
  (
    cd "$build/$name-$version"
    # shellcheck disable=SC2086 # the options are words
    CC="musl-gcc -isystem $headers" DESTDIR="$staging" ./configure --enable-slashpackage --enable-static-libc --disable-shared $options >/dev/null
    make -j"$(nproc)" >/dev/null
    make strip >/dev/null
    make -j1 -L install update global-links DESTDIR="$staging" >/dev/null
  )
  echo "built $name $version"
done

# The arch part: the packages and /command, without headers and static libraries.
cp -a "$staging/package" "$staging/command" "$out/rootfs/"
rm -rf "$out/rootfs"/package/*/*/include "$out/rootfs"/package/*/*/library

# The noarch part: s6-overlay's layout with its version filled in (the Makefile's rootfs-overlay-noarch).
tar -xzf "$sources/s6-overlay-$overlay_version.tar.gz" -C "$build"
layout="$build/s6-overlay-$overlay_version/layout/rootfs-overlay"
find "$layout" -type f -name .empty -delete
find "$layout" -depth -name '*@VERSION@*' | while read -r path; do
  mv "$path" "$(dirname "$path")/$(basename "$path" | sed "s/@VERSION@/$overlay_version/")"
done
find "$layout" -type f -size +0c -print0 | xargs -0 sed -i -e "s|@SHEBANGDIR@|/command|g; s/@VERSION@/$overlay_version/g"
ln -s "s6-overlay-$overlay_version" "$layout/package/admin/s6-overlay"
cp -a "$layout/." "$out/rootfs/"

# The two symlink tarballs: every command also in /usr/bin.
mkdir -p "$out/rootfs/usr/bin"
for command in "$out/rootfs/command"/*; do
  ln -sfn "../../command/$(basename "$command")" "$out/rootfs/usr/bin/$(basename "$command")"
done
echo "s6-overlay $overlay_version in $out/rootfs ($(find "$out/rootfs/command" -mindepth 1 | wc -l) commands)"
