#!/usr/bin/env bash
# Make sure a Docker engine answers: install Debian's docker.io, docker-compose and debootstrap when
# missing, and start dockerd without a bridge or iptables rules (every container of the CI stack
# uses host networking, so nothing leaves 127.0.0.1). Leaves an engine that already answers alone.
# Log: ${DOCKERD_LOG:-/var/log/aidledger-dockerd.log}.
set -euo pipefail
missing=()
command -v dockerd >/dev/null || missing+=(docker.io)
command -v docker-compose >/dev/null || docker compose version >/dev/null 2>&1 || missing+=(docker-compose)
command -v debootstrap >/dev/null || missing+=(debootstrap)
if ((${#missing[@]})); then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi
if docker info >/dev/null 2>&1; then exit 0; fi
log="${DOCKERD_LOG:-/var/log/aidledger-dockerd.log}"
echo "ensure-engine: starting dockerd (log: $log)" >&2
nohup dockerd --bridge=none --iptables=false >"$log" 2>&1 &
for _ in $(seq 1 60); do
    if docker info >/dev/null 2>&1; then exit 0; fi
    sleep 1
done
echo "ensure-engine: dockerd did not answer in 60 s; see $log" >&2
exit 1
