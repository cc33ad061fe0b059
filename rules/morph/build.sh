#!/usr/bin/env bash
# Rebuilds rules/morph/polimorf.bin (the embedded Polish morphology) from
# Debian's Morfologik package, from scratch:
#
#   apt-get download  libmorfologik-stemming2-java libcarrotsearch-hppc-java
#   dpkg-deb -x       (the jars; the dictionary is inside morfologik-polish.jar)
#   java Dump.java    (every entry as form<TAB>lemma<TAB>tags, ~330 MB)
#   cargo run builder (rules/morph/builder: dump + supplement.tsv -> fst artefact)
#
# Usage: rules/morph/build.sh [OUT]        (default: rules/morph/polimorf.bin)
# Env:   WORK=dir        scratch folder (default: a fresh mktemp -d, removed after)
#        INSTALL_DEPS=1  apt-get install the JDK if javac is missing (needs root)
#
# Needs: apt-get, dpkg-deb, a JDK (javac, java, jar), cargo. Java is needed
# only here, never to build or run ekstrakt.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUT=${1:-$HERE/polimorf.bin}
EXPECTED_VERSION=2.1.6-2

if ! command -v javac >/dev/null || ! command -v jar >/dev/null; then
  if [[ "${INSTALL_DEPS:-0}" == 1 ]]; then
    apt-get update -q
    apt-get install -y -q --no-install-recommends default-jdk-headless
  else
    echo "build.sh: needs a JDK: apt-get install default-jdk-headless (or INSTALL_DEPS=1)" >&2
    exit 1
  fi
fi
for tool in apt-get dpkg-deb java cargo; do
  command -v "$tool" >/dev/null || { echo "build.sh: $tool not found" >&2; exit 1; }
done

if [[ -z "${WORK:-}" ]]; then
  WORK=$(mktemp -d)
  trap 'rm -rf "$WORK"' EXIT
fi
mkdir -p "$WORK"
cd "$WORK"

echo "== downloading the Debian packages into $WORK" >&2
if ! ls libmorfologik-stemming2-java_*.deb >/dev/null 2>&1; then
  apt-get download libmorfologik-stemming2-java libcarrotsearch-hppc-java
fi
deb=$(ls libmorfologik-stemming2-java_*.deb | head -n1)
version=$(dpkg-deb -f "$deb" Version)
if [[ "$version" != "$EXPECTED_VERSION" ]]; then
  echo "build.sh: warning: libmorfologik-stemming2-java is $version, README describes $EXPECTED_VERSION" >&2
fi
for d in *.deb; do dpkg-deb -x "$d" ex; done
J=ex/usr/share/java
mkdir -p dict
(cd dict && jar xf "../$J/morfologik-polish.jar" morfologik/stemming/polish)
POLISH=dict/morfologik/stemming/polish

echo "== dumping $POLISH/polish.dict" >&2
CP="$J/morfologik-stemming.jar:$J/morfologik-fsa.jar:$J/hppc.jar"
cp "$HERE/Dump.java" .
javac -cp "$CP" Dump.java
java -cp "$CP:." Dump "$POLISH/polish.dict" dump.tsv
wc -l dump.tsv >&2

echo "== compiling the artefact" >&2
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$WORK/target}"
cargo build --release --locked --manifest-path "$HERE/builder/Cargo.toml"
"$CARGO_TARGET_DIR/release/ekstrakt-morph-builder" "$OUT" dump.tsv "$HERE/supplement.tsv" \
  --meta "source=PoliMorf 2.1 (Morfologik), Debian libmorfologik-stemming2-java $version" \
  --meta "licence=BSD-2-Clause, see rules/morph/LICENSE" \
  --meta "supplement=rules/morph/supplement.tsv"
if command -v sha256sum >/dev/null; then sha256sum "$OUT" >&2; fi
