#!/usr/bin/env bash
# Builds the four services' images with Podman from their packaged applications (run ./mvnw install -DskipTests
# first), tagged localhost/huiwu/<service>:<version>; the Kubernetes base names the same images huiwu/<service>,
# the production overlay registry.huiwu.example/huiwu/<service>.
#
#   deploy/containers/build-images.sh                  all four, on localhost/jre:17 (see prepare-machine.sh)
#   deploy/containers/build-images.sh venue-service    only the ones named
#   BASE_IMAGE=registry.example/java/jre:17 REGISTRY=registry.huiwu.example deploy/containers/build-images.sh
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
base_image="${BASE_IMAGE:-localhost/jre:17}"
registry="${REGISTRY:-localhost}"
version="$(sed -n 's:^    <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -n 1)"
revision="$(git -C "$root" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)"
source_url="${IMAGE_SOURCE:-$(git -C "$root" remote get-url origin 2>/dev/null || true)}"
case "$source_url" in
    http://* | https://* | git@*) ;;
    *) source_url=unknown ;;
esac
created="$(date -u +%Y-%m-%dT%H:%M:%SZ)"

declare -A ports=([registration-service]=8081 [logistics-service]=8082 [venue-service]=8083 [documents-service]=8084)
services=("$@")
if [ ${#services[@]} -eq 0 ]; then
    services=(registration-service logistics-service venue-service documents-service)
fi

for service in "${services[@]}"; do
    port="${ports[$service]:-}"
    if [ -z "$port" ]; then
        echo "build-images: no service named $service" >&2
        exit 2
    fi
    app="$root/$service/target/quarkus-app"
    if [ ! -f "$app/quarkus-run.jar" ]; then
        echo "build-images: $app is missing; run ./mvnw -B install -DskipTests first" >&2
        exit 1
    fi
    image="$registry/huiwu/$service:$version"
    echo "build-images: $image from $app on $base_image"
    podman build --quiet --network host \
        --build-arg BASE_IMAGE="$base_image" \
        --build-arg SERVICE="$service" \
        --build-arg PORT="$port" \
        --build-arg VERSION="$version" \
        --build-arg REVISION="$revision" \
        --build-arg CREATED="$created" \
        --build-arg SOURCE="$source_url" \
        -t "$image" -f "$here/Containerfile" "$app" >/dev/null
done

echo "build-images: sizes (the base and the dependency layers they share are counted in each)"
for service in "${services[@]}"; do
    podman image inspect --format "{{.Size}}" "$registry/huiwu/$service:$version" \
        | awk -v name="$registry/huiwu/$service:$version" '{ printf "  %-55s %4d MB\n", name, $1 / 1000000 }'
done
