#!/usr/bin/env bash
# Prepares a Debian machine without Docker or a reachable registry to build and run the services' images:
# Podman with runc, a Debian base image built with debootstrap, a JRE 17 image on it, and the Docker-compatible
# API socket that Testcontainers speaks to. Idempotent: every step checks first and says what it did.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
socket=/run/podman/podman.sock
debian_image=localhost/debian:bookworm
jre_image=localhost/jre:17
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

say() { printf '%s\n' "prepare-machine: $*"; }

missing=()
for tool in podman runc debootstrap; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} from Debian's packages"
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman runc debootstrap >/dev/null
else
    say "podman, runc and debootstrap already installed"
fi

# crun (podman's default runtime) fails on hosts with hybrid cgroups, and containers may not raise their file
# and process limits there: runc and fixed limits work everywhere.
conf=/etc/containers/containers.conf
if [ ! -f "$conf" ]; then
    say "writing $conf (runc, fixed ulimits)"
    $sudo mkdir -p /etc/containers
    $sudo tee "$conf" >/dev/null <<'CONF'
[containers]
default_ulimits = ["nofile=1024:1024", "nproc=4096:4096"]
[engine]
runtime = "runc"
CONF
else
    say "$conf already present, left as it is"
fi

if ! $sudo podman image exists "$debian_image"; then
    rootfs="$(mktemp -d /var/tmp/huiwu-rootfs.XXXXXX)"
    say "building $debian_image with debootstrap (a few minutes)"
    $sudo debootstrap --variant=minbase bookworm "$rootfs" >/dev/null
    $sudo tar -C "$rootfs" -c . | $sudo podman import - "$debian_image" >/dev/null
    $sudo rm -rf "$rootfs"
else
    say "$debian_image already present"
fi

if ! $sudo podman image exists "$jre_image"; then
    say "building $jre_image (openjdk-17-jre-headless from Debian)"
    $sudo podman build --network host --build-arg DEBIAN_IMAGE="$debian_image" -t "$jre_image" \
        -f "$here/jre/Containerfile" "$here/jre"
else
    say "$jre_image already present"
fi
version="$($sudo podman run --rm "$jre_image" java -version 2>&1)"
say "$jre_image runs: ${version%%$'\n'*}"

if curl -fsS --unix-socket "$socket" http://d/_ping >/dev/null 2>&1; then
    say "Docker-compatible API already answering on $socket"
else
    say "starting the Docker-compatible API on $socket"
    $sudo mkdir -p "$(dirname "$socket")"
    $sudo sh -c "nohup podman system service --time=0 unix://$socket >/var/tmp/podman-service.log 2>&1 &"
    for _ in $(seq 1 50); do
        curl -fsS --unix-socket "$socket" http://d/_ping >/dev/null 2>&1 && break
        sleep 0.2
    done
    curl -fsS --unix-socket "$socket" http://d/_ping >/dev/null
fi

say "ready; for Testcontainers:"
say "  export DOCKER_HOST=unix://$socket TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_HOST_OVERRIDE=localhost"
