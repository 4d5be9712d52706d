# shellcheck shell=bash
# The smoke test's own container storage under $work (vfs: no overlay mounts needed), so it neither
# sees nor touches the machine's other images. Sourced by addon/container-smoke.sh and stand-ins.sh.
# Docker image format throughout: the OCI format drops SHELL.
export BUILDAH_FORMAT=docker
storage=(--root "$work/storage" --runroot "$work/run" --storage-driver vfs)
bh() { buildah "${storage[@]}" "$@"; }
pm() { podman "${storage[@]}" "$@"; }
