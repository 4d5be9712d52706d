#!/usr/bin/env bash
# Builds the add-on image from the unchanged Dockerfile without Docker (buildah and podman, vfs storage,
# as root) and runs it as the Supervisor does, to prove the container starts, connects, announces its
# entities, stops cleanly and fails loudly. The base and SDK images cannot be pulled here: the stand-ins
# built first are described in addon/smoke/stand-ins.sh. The checks themselves are
# tests/Gatehouse.IntegrationTests/Container/ContainerSmokeTests.cs (fake Supervisor and HA on loopback,
# a real mosquitto, host networking). The pre-release check: run it before tagging a release.
#
#   addon/container-smoke.sh [WORK]   WORK (default /var/tmp/gatehouse-smoke) keeps the images, so a second
#                                     run rebuilds only the add-on image; delete it to start over.
# Needs (Debian): buildah podman runc debootstrap musl-tools make, and the .NET SDK.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

work="$(realpath -m "${1:-/var/tmp/gatehouse-smoke}")"
mkdir -p "$work"
# shellcheck source=addon/smoke/storage.sh
source addon/smoke/storage.sh
started=$SECONDS

printf '=== Stand-ins for the base and SDK images\n'
addon/smoke/stand-ins.sh "$work"
stand_ins=$((SECONDS - started))

printf '\n=== The add-on image, from the unchanged Dockerfile (no BUILD_FROM, as HA'"'"'s build action)\n'
version=$(sed -nE 's/^version: *"?([^"]+)"?$/\1/p' config.yaml)
image="localhost/gatehouse-smoke/gatehouse:$version"
# chroot isolation: no nested namespaces needed; docker format: the OCI format drops SHELL. buildah decides
# which stages the final one needs before it expands the FROM lines, so it would skip base-amd64, which the
# final FROM names only through ${TARGETARCH} ("base-amd64: image not known"): build every stage.
bh bud --isolation chroot --format docker --network host --pull-never --layers=false --skip-unused-stages=false \
  --build-arg BUILD_ARCH=amd64 --build-arg BUILD_VERSION="$version" --tag "$image" . >"$work/build.log" 2>&1 \
  || { tail -40 "$work/build.log" >&2; echo "the image build failed: $work/build.log" >&2; exit 1; }
built=$((SECONDS - started - stand_ins))
echo "built $image in ${built}s; $(pm image inspect --format '{{.Size}}' "$image" | numfmt --to=iec) unpacked"

printf '\n=== The container, run as the Supervisor runs it\n'
GATEHOUSE_CONTAINER_IMAGE="$image" GATEHOUSE_PODMAN_STORAGE="${storage[*]}" \
  dotnet test tests/Gatehouse.IntegrationTests --filter "FullyQualifiedName~ContainerSmokeTests" --logger "console;verbosity=detailed"
echo "container smoke test passed: stand-ins ${stand_ins}s, image ${built}s, all $((SECONDS - started))s"
