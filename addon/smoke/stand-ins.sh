#!/usr/bin/env bash
# Builds stand-ins for the two images the Dockerfile starts from, which cannot be pulled here, and tags
# them with the Dockerfile's exact names, in the smoke test's own storage under WORK. Run by
# addon/container-smoke.sh; images already there are kept.
#
# How they differ from the real images:
# - ghcr.io/home-assistant/amd64-base-debian:trixie: HA's docker-base debian/Dockerfile, step for step,
#   on a debootstrap'd Debian trixie (minbase) instead of debian:trixie-slim; s6-overlay 3.2.3.0 built
#   from its vendored sources with the skarnet versions it pins (addon/smoke/build-s6-overlay.sh) instead
#   of its release tarballs; bashio 0.17.5 from its vendored tag; no tempio (Gatehouse does not use it).
#   ghcr.io/home-assistant/aarch64-base-debian:trixie names the same amd64 stand-in (unused, see below).
# - mcr.microsoft.com/dotnet/sdk:10.0: the same debootstrap'd trixie (the real one is Ubuntu 24.04) with
#   this machine's .NET SDK copied in, trusting this machine's extra CA roots and with NuGet's revocation
#   check offline as on this machine, so that the restore inside the build reaches NuGet.
#
#   addon/smoke/stand-ins.sh WORK
set -euo pipefail

work="${1:?usage: addon/smoke/stand-ins.sh WORK}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=addon/smoke/storage.sh
source "$here/storage.sh"
debian=localhost/gatehouse-smoke/debian:trixie
base=ghcr.io/home-assistant/amd64-base-debian:trixie
sdk=mcr.microsoft.com/dotnet/sdk:10.0

step() { printf '\n--- %s\n' "$*"; }

step "Debian trixie (debootstrap, minbase) from this machine's Debian mirror"
if ! pm image exists "$debian"; then
  mirror=$(apt-get indextargets --format '$(REPO_URI)' 'Identifier: Packages' | grep -v -- -security | head -1)
  rm -rf "$work/trixie"
  debootstrap --variant=minbase trixie "$work/trixie" "$mirror" >"$work/debootstrap.log"
  tar -C "$work/trixie" -c . | pm import --quiet - "$debian" >/dev/null
  rm -rf "$work/trixie"
fi

step "s6-overlay from its vendored sources"
[ -x "$work/s6-overlay/rootfs/init" ] || "$here/build-s6-overlay.sh" "$work/s6-overlay"

step "$base (HA's docker-base debian/Dockerfile)"
rm -rf "$work/bashio" && mkdir -p "$work/bashio"
tar -xzf "$here/sources/bashio-0.17.5.tar.gz" -C "$work/bashio" --strip-components=1
container=$(bh from --pull-never "$debian")
bh config --env LANG=C.UTF-8 --env DEBIAN_FRONTEND=noninteractive \
  --env CURL_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt --env S6_BEHAVIOUR_IF_STAGE2_FAILS=2 \
  --env S6_CMD_WAIT_FOR_SERVICES_MAXTIME=0 --env S6_CMD_WAIT_FOR_SERVICES=1 --env S6_SERVICES_READYTIME=50 \
  --shell "/bin/bash -o pipefail -c" "$container"
bh run --isolation chroot --network host "$container" -- bash -c \
  'apt-get update -qq && apt-get install -y -qq --no-install-recommends bash jq tzdata curl ca-certificates xz-utils >/dev/null && mkdir -p /usr/share/man/man1'
bh copy "$container" "$work/s6-overlay/rootfs/" / >/dev/null
bh copy "$container" "$work/bashio/lib" /usr/lib/bashio >/dev/null
bh run --isolation chroot "$container" -- bash -c \
  'ln -s /usr/lib/bashio/bashio /usr/bin/bashio && mkdir -p /etc/fix-attrs.d /etc/services.d && rm -rf /var/lib/apt/lists/*'
bh config --entrypoint '["/init"]' --cmd '' --label io.hass.type=base --label io.hass.base.name=debian "$container"
bh commit --quiet --rm --format docker "$container" "$base" >/dev/null
# buildah builds every stage (see --skip-unused-stages in addon/container-smoke.sh), so the aarch64 base
# must exist too: it is the same stand-in under the aarch64 name, and the amd64 build never uses it.
pm tag "$base" "${base/amd64-/aarch64-}"

step "$sdk (Debian trixie with this machine's .NET SDK)"
dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
container=$(bh from --pull-never "$debian")
bh run --isolation chroot --network host "$container" -- bash -c \
  'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ca-certificates libicu76 libssl3t64 zlib1g >/dev/null'
bh copy "$container" "$dotnet_root" /usr/share/dotnet >/dev/null
if compgen -G '/usr/local/share/ca-certificates/*.crt' >/dev/null; then
  bh copy "$container" /usr/local/share/ca-certificates/ /usr/local/share/ca-certificates/ >/dev/null
fi
bh run --isolation chroot "$container" -- bash -c 'ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet && update-ca-certificates >/dev/null 2>&1'
bh config --env DOTNET_NOLOGO=1 --env DOTNET_CLI_TELEMETRY_OPTOUT=1 --env NUGET_CERT_REVOCATION_MODE=offline "$container"
bh commit --quiet --rm --format docker "$container" "$sdk" >/dev/null
echo "stand-ins ready: $base, $sdk"
