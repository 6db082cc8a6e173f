#!/usr/bin/env bash
# Runs one benchmark of bench/Portrea.Bench in Release (`bash scripts/bench.sh --help` lists them). Installs the
# load generator (Debian wrk) when run as root on a fresh machine, as scripts/test.sh does for the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installation du paquet Debian wrk (générateur de charge)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null
  else
    echo "wrk est introuvable (nécessaire au banc « carte ») : sudo apt-get install wrk" >&2
  fi
fi
exec dotnet run -c Release --project bench/Portrea.Bench -- "$@"
