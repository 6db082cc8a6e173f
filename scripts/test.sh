#!/usr/bin/env bash
# Runs the whole test suite: unit, API and page tests on SQLite and PostgreSQL, browser tests in Chromium.
# Installs the Debian packages it needs when run as root (fresh CI machine), starts a throw-away PostgreSQL
# cluster on loopback, runs `dotnet test`, stops the cluster and prints a one-line summary.
set -euo pipefail
cd "$(dirname "$0")/.."
racine=$(pwd)

paquets=(postgresql chromium fonts-dejavu-core python3-aiosmtpd poppler-utils)
manquants=()
for p in "${paquets[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || manquants+=("$p")
done
if [ ${#manquants[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installation des paquets Debian manquants : ${manquants[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${manquants[@]}" >/dev/null
  else
    echo "Paquets Debian manquants : ${manquants[*]}" >&2
    echo "Installez-les : sudo apt-get install ${manquants[*]}" >&2
    exit 1
  fi
fi

command -v npm >/dev/null || { echo "npm est introuvable : installez Node.js 20 ou plus." >&2; exit 1; }

# Throw-away PostgreSQL cluster, owned by the unprivileged "postgres" user when we are root.
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/portrea-pg.XXXXXX)
port=${PORTREA_TEST_PG_PORT:-55432}
en_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$pgdir"
en_postgres "$pgbin/initdb" -D "$pgdir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
en_postgres "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w \
  -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
arreter() { en_postgres "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pgdir"; }
trap arreter EXIT
export PORTREA_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Pooling=true;Maximum Pool Size=20"

resultats="$racine/tests/resultats"
rm -rf "$resultats"
set +e
dotnet test Portrea.slnx --logger "trx" --results-directory "$resultats" "$@"
code=$?
set -e

python3 - "$resultats" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
totaux = {"passed": 0, "failed": 0, "notExecuted": 0}
for f in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(f).find(".//t:Counters", ns)
    if c is not None:
        for k in totaux: totaux[k] += int(c.get(k, 0))
print(f"Résultat : {totaux['passed']} réussis, {totaux['failed']} en échec, {totaux['notExecuted']} ignorés")
PY
exit $code
