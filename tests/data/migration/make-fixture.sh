#!/usr/bin/env bash
# Makes the fixture of tst_servermigration: a central repository at schema 5 and two clients'
# data folders, all written by the Aktenwerk of commit a74c3b9 (the last one before the server
# decided, issue 13) — its own aktenwerk-cli, doing what clerks do.
#
#   make-fixture.sh OLD_CLI ADMIN_URL USER_URL OUT_DIR
#
# OLD_CLI: aktenwerk-cli built from a74c3b9 (git worktree add /tmp/old a74c3b9; cmake; build
# the aktenwerk-cli target). ADMIN_URL: a superuser URL of an empty database named mig5 (over
# the Unix socket); USER_URL: the same database over TCP (postgresql://127.0.0.1:PORT/mig5).
# Writes OUT_DIR/server.sql (pg_dump), OUT_DIR/alice.tar.gz and OUT_DIR/bob.tar.gz.
set -euo pipefail
old=$1; admin=$2; url=$3; out=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export AKTENWERK_LANG=en
cli() { "$old" "$@"; }
as() { local dir=$1 pw=$2; shift 2; printf '%s\n' "$pw" | cli --data-dir "$work/$dir" "$@"; }

cli server init --url "$admin"
cli server add-department --url "$admin" 63 "Fachbereich 63 Bauordnung"
cli server add-department --url "$admin" 11 "Fachbereich 11 Personal" --confidentiality 005
echo 'rita-secret-1' | cli server add-user --url "$admin" mig_rita --department 63 --role records,clerk --password-stdin
echo 'alice-secret-1' | cli server add-user --url "$admin" mig_alice --department 63 --role clerk --password-stdin
echo 'bob-secret-1' | cli server add-user --url "$admin" mig_bob --department 11 --role clerk --password-stdin

# The records officer brings the file plan.
as rita rita-secret-1 connect --url "$url" --user mig_rita --password-stdin
as rita rita-secret-1 sync --password-stdin
cli --data-dir "$work/rita" plan import "$(dirname "$0")/../../../resources/plan/aktenplan-beispiel.json"
as rita rita-secret-1 sync --password-stdin

# Alice works and syncs; then works on offline.
as alice alice-secret-1 connect --url "$url" --user mig_alice --password-stdin
as alice alice-secret-1 sync --password-stdin
mkdir -p "$work/in"
for i in 1 2 3; do
    ref=$(cli --data-dir "$work/alice" file create --plan 63.01.02 --title "Neubau Lindenstraße $i" --json | sed -n 's/.*"id": *"\([^"]*\)".*/\1/p' | head -n 1)
    cs=$(cli --data-dir "$work/alice" case create --file "$ref" --title "Bauantrag $i" --json | sed -n 's/.*"id": *"\([^"]*\)".*/\1/p' | head -n 1)
    printf 'Bauantrag Nummer %s für die Lindenstraße\n' "$i" > "$work/in/antrag-$i.txt"
    cli --data-dir "$work/alice" add --case "$cs" "$work/in/antrag-$i.txt"
done
as alice alice-secret-1 sync --password-stdin
first=$(cli --data-dir "$work/alice" list --json | sed -n 's/.*"id": *"\([^"]*\)".*/\1/p' | head -n 1)
cli --data-dir "$work/alice" set "$first" "title=Neubau Lindenstraße 1, geändert"
as alice alice-secret-1 sync --password-stdin
# Offline from here: nothing of this has reached the server when it is migrated.
ref=$(cli --data-dir "$work/alice" file create --plan 63.01.03 --title "Offline angelegt" --json | sed -n 's/.*"id": *"\([^"]*\)".*/\1/p' | head -n 1)
cs=$(cli --data-dir "$work/alice" case create --file "$ref" --title "Offline Vorgang" --json | sed -n 's/.*"id": *"\([^"]*\)".*/\1/p' | head -n 1)
printf 'Offline eingegangen\n' > "$work/in/offline.txt"
cli --data-dir "$work/alice" add --case "$cs" "$work/in/offline.txt"
cli --data-dir "$work/alice" set "$first" "title=Neubau Lindenstraße 1, offline geändert"

# Bob (FB 11, personnel) likewise.
as bob bob-secret-1 connect --url "$url" --user mig_bob --password-stdin
as bob bob-secret-1 sync --password-stdin
ref=$(cli --data-dir "$work/bob" file create --plan 11.01.02 --title "Personalakte Müller" --json | sed -n 's/.*"id": *"\([^"]*\)".*/\1/p' | head -n 1)
cs=$(cli --data-dir "$work/bob" case create --file "$ref" --title "Arbeitsvertrag" --json | sed -n 's/.*"id": *"\([^"]*\)".*/\1/p' | head -n 1)
printf 'Arbeitsvertrag Müller\n' > "$work/in/vertrag.txt"
cli --data-dir "$work/bob" add --case "$cs" "$work/in/vertrag.txt"
as bob bob-secret-1 sync --password-stdin
printf 'Nachtrag zum Arbeitsvertrag\n' > "$work/in/nachtrag.txt"
cli --data-dir "$work/bob" add --case "$cs" "$work/in/nachtrag.txt"

cli --data-dir "$work/alice" status
cli --data-dir "$work/bob" status
mkdir -p "$out"
pg_dump --dbname "$admin" --schema aktenwerk > "$out/server.sql.tmp"
mv "$out/server.sql.tmp" "$out/server.sql"
tar -C "$work" -czf "$out/alice.tar.gz" alice
tar -C "$work" -czf "$out/bob.tar.gz" bob
echo "fixture written to $out"
