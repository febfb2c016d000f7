#!/usr/bin/env bash
# Local stand-ins for the public images, for machines where no image registry answers: a Debian
# bookworm base made by debootstrap from the machine's own apt mirror, and from it postgres
# (Debian's postgresql-15), redis and a Python base. Idempotent: an image is rebuilt only when its
# tag is missing or its recipe (the folder beside this script) changed; FORCE=1 rebuilds them all.
#
#   infra/images/build-local.sh            # build what is missing, print the variables to export
#   eval "$(infra/images/build-local.sh --env)"   # same, and export them into this shell
#
# Builds use host networking (the engine may run without a bridge) and the legacy builder (Debian's
# docker.io has no buildx).
set -euo pipefail
# One build at a time on a machine: the test suite's processes (pytest -n) may all ask at once, and
# the later ones then find the images cached.
exec 9>"${TMPDIR:-/tmp}/aidledger-build-local.lock"
flock 9
HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${LOCAL_IMAGE_PREFIX:-aidledger-local}"
BASE="$PREFIX/debian:bookworm"
SUITE=bookworm
export DOCKER_BUILDKIT=0

log() { echo "build-local: $*" >&2; }

# A recipe's fingerprint, stored as a label: a changed Dockerfile or entrypoint means a rebuild.
recipe_hash() { (cd "$HERE" && cat -- $1 | sha256sum | cut -c1-16); }  # $1: a glob, under HERE

current() {  # the recipe label of an existing image, empty when the tag is missing
    docker image inspect --format '{{ index .Config.Labels "aidledger.recipe" }}' "$1" 2>/dev/null || true
}

build_base() {
    local hash; hash="$(recipe_hash build-local.sh)-$(cat /etc/apt/sources.list.d/*.sources \
        /usr/local/share/ca-certificates/*.crt 2>/dev/null | sha256sum | cut -c1-8)"
    if [[ "${FORCE:-0}" != 1 && "$(current "$BASE")" == "$hash" ]]; then log "$BASE cached"; return; fi
    command -v debootstrap >/dev/null || { log "debootstrap missing: apt-get install -y debootstrap"; exit 1; }
    local mirror root
    mirror="$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)"
    mirror="${mirror:-http://deb.debian.org/debian}"
    root="$(mktemp -d)"
    trap 'rm -rf "$root"' RETURN
    log "debootstrap $SUITE (minbase) from $mirror"
    debootstrap --variant=minbase "$SUITE" "$root" "$mirror" >&2
    # The machine's apt sources (its working mirror, updates and security) rather than debootstrap's.
    if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
        rm -f "$root/etc/apt/sources.list"
        cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/"
    fi
    # The machine's own certificate authorities (a proxy's, say): the images reach what it reaches
    # (pip in the application build); ca-certificates adds them where it is installed.
    mkdir -p "$root/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/" 2>/dev/null || true
    rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/archives/*.deb
    tar -C "$root" -c . | docker import \
        --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8' \
        --change "LABEL aidledger.recipe=$hash" \
        --change 'CMD ["bash"]' - "$BASE" >&2
}

build_image() {  # NAME TAG: infra/images/NAME/ built FROM the base
    local name="$1" tag="$2" hash
    hash="$(recipe_hash "$name/*")-$(current "$BASE" | cut -c1-8)"
    if [[ "${FORCE:-0}" != 1 && "$(current "$tag")" == "$hash" ]]; then log "$tag cached"; return; fi
    log "building $tag"
    docker build --network host --build-arg "BASE=$BASE" --label "aidledger.recipe=$hash" \
        -t "$tag" "$HERE/$name" >&2
}

SECONDS=0
build_base
build_image postgres "$PREFIX/postgres:15"
build_image redis "$PREFIX/redis:7"
build_image python "$PREFIX/python:3.11"
log "done in ${SECONDS}s"

# The variables docker-compose.yml and infra/compose/*.yml read to use these images.
vars=(
    "POSTGRES_IMAGE=$PREFIX/postgres:15"
    "REDIS_IMAGE=$PREFIX/redis:7"
    "PYTHON_IMAGE=$PREFIX/python:3.11"
)
if [[ "${1:-}" == "--env" ]]; then printf 'export %s\n' "${vars[@]}"; else printf '%s\n' "${vars[@]}"; fi
