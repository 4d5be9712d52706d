# The Gatehouse add-on image. Build it with BuildKit (docker buildx build --platform linux/amd64 or
# linux/arm64), as the Supervisor and HA's build-image action do: TARGETARCH picks the architecture.

# HA's Debian base images: s6-overlay v3 and bashio (hence init: false in config.yaml) on glibc.
# build.yaml names the same images; the Supervisor passes one as BUILD_FROM when it builds from it,
# and it no longer passes BUILD_FROM otherwise, so the default below picks the stage per architecture.
ARG BUILD_FROM=""
# Only ARGs declared before the first FROM reach the FROM lines. BuildKit predefines these two there
# anyway; buildah (podman build) does not, and without them the final FROM below names "base-".
ARG TARGETARCH
ARG BUILDPLATFORM
FROM ghcr.io/home-assistant/amd64-base-debian:trixie AS base-amd64
FROM ghcr.io/home-assistant/aarch64-base-debian:trixie AS base-arm64

# The SDK runs on the build machine's own platform and cross-compiles the NativeAOT binary for the
# target: no emulation, and the exact commands CI runs (addon/build-tools.sh and addon/build.sh with HA's
# arch names). The SDK image is Ubuntu 24.04, whose glibc is older than the Debian base's below, so the
# binary runs there.
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
ARG TARGETARCH
RUN if [[ "${TARGETARCH}" != amd64 && "${TARGETARCH}" != arm64 ]]; then \
        echo "TARGETARCH is '${TARGETARCH}', not amd64 or arm64: build with BuildKit (docker buildx build --platform linux/amd64 or linux/arm64)." >&2; \
        exit 1; \
    fi
WORKDIR /src
COPY addon/build-tools.sh addon/
RUN addon/build-tools.sh "${TARGETARCH/arm64/aarch64}"
# Restore in its own layer, so a source change reuses the downloaded packages. Directory.Build.props
# reads the version from config.yaml, so it comes along.
COPY global.json Directory.Build.props Directory.Packages.props config.yaml ./
COPY src/Gatehouse/Gatehouse.csproj src/Gatehouse/
COPY src/Gatehouse.HomeAssistant/Gatehouse.HomeAssistant.csproj src/Gatehouse.HomeAssistant/
COPY addon/build.sh addon/
# HA calls BuildKit's arm64 aarch64.
RUN addon/build.sh "${TARGETARCH/arm64/aarch64}" --restore
COPY src/ src/
RUN addon/build.sh "${TARGETARCH/arm64/aarch64}" \
    && mv "artifacts/publish/${TARGETARCH/arm64/aarch64}" /opt/gatehouse

FROM ${BUILD_FROM:-base-${TARGETARCH}}
# What the NativeAOT binary needs from Debian: the C library, OpenSSL for TLS (loaded when first used),
# the CA roots and time zones. InvariantGlobalization is on, so no ICU. Most are in the base already;
# naming them keeps the image right if the base changes.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        ca-certificates \
        libc6 \
        libssl3t64 \
        tzdata \
    && rm -rf /var/lib/apt/lists/*
COPY addon/rootfs/ /
COPY --from=build /opt/gatehouse/ /opt/gatehouse/

# s6 gives services 3 s to stop by default; Gatehouse gets 5 s to tell the broker it goes offline and to
# close its files. With s6's 3 s kill grace that stays inside Docker's 10 s stop timeout.
ENV S6_SERVICES_GRACETIME=5000

# The Supervisor and HA's build-image action pass both: the version is config.yaml's.
ARG BUILD_ARCH
ARG BUILD_VERSION
LABEL \
    io.hass.type="app" \
    io.hass.name="Gatehouse" \
    io.hass.description="Alerts you to every failed login and audits your Home Assistant's security." \
    io.hass.url="https://github.com/gatehouse-addon/gatehouse" \
    io.hass.arch="${BUILD_ARCH}" \
    io.hass.version="${BUILD_VERSION}"
