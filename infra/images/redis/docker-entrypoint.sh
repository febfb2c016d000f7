#!/bin/sh
# Like the official image: without a config file Redis would refuse other containers' connections
# (protected mode), so a bare `redis-server ARGS` turns it off; the network decides who reaches it.
set -eu
case "${1:-redis-server}" in -*) set -- redis-server "$@" ;; esac
if [ "${1:-}" = redis-server ]; then
    case "${2:-}" in
        *.conf) ;;
        *) shift; set -- redis-server --protected-mode no "$@" ;;
    esac
fi
exec "$@"
