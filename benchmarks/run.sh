#!/usr/bin/env bash
# Builds the Kinship benchmark suite and runs it with JMH, then renders the report.
#
#   benchmarks/run.sh              the whole suite, bounded for a 2-core machine: the SQLite
#                                  benchmarks (about 25 minutes), then the PostgreSQL ones (about
#                                  10 minutes); writes benchmarks/results/{results.json,
#                                  results-postgresql.json,statement-counts.json,
#                                  statement-counts-postgresql.json,loading-strategies.md,
#                                  loading-strategies.png}
#   benchmarks/run.sh --sqlite     only the SQLite benchmarks (the PostgreSQL results stay)
#   benchmarks/run.sh --postgresql only the PostgreSQL benchmarks (the SQLite results stay)
#   benchmarks/run.sh --smoke      every benchmark once at 100 posts (a few minutes), trial checks
#                                  on; writes the same files to benchmarks/target/smoke/
#   --no-build                     reuse benchmarks/target/benchmarks.jar instead of building it
#   anything else                  passed to JMH, e.g. a benchmark regex: benchmarks/run.sh 'w2_'
#
# The PostgreSQL benchmarks need a server: by default 127.0.0.1:5432, user postgres with trust
# authentication, database test (KINSHIP_POSTGRESQL_URL=jdbc:postgresql://... names another).
# Run from anywhere; paths are resolved from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=full
build=yes
parts=(sqlite postgresql)
jmh_extra=()
for arg in "$@"; do
  case "$arg" in
    --smoke) mode=smoke ;;
    --no-build) build=no ;;
    --sqlite) parts=(sqlite) ;;
    --postgresql) parts=(postgresql) ;;
    *) jmh_extra+=("$arg") ;;
  esac
done

jar=benchmarks/target/benchmarks.jar
if [[ "$mode" == smoke ]]; then
  out="$PWD/benchmarks/target/smoke"
  jmh_run=(-f 1 -wi 1 -w 100ms -i 1 -r 100ms -p posts=100)
else
  out="$PWD/benchmarks/results"
  jmh_run=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
fi

if [[ "$build" == yes ]]; then
  mvn -B -q -pl benchmarks -am -Dmaven.test.skip=true package
fi
if [[ ! -f "$jar" ]]; then
  echo "$jar is missing: build it with 'mvn -B -pl benchmarks -am -Dmaven.test.skip=true package'." >&2
  exit 1
fi

# Each database's benchmarks run in a JMH invocation of their own, into files of their own, so
# either can be measured again without discarding the other's results. PostgreSQL benchmark
# classes are the ones whose names start with "Postgres".
exclude_for() {
  case "$1" in
    sqlite) echo '\.Postgres[A-Za-z]*Benchmark\.' ;;
    postgresql) echo '\.(?!Postgres)[A-Za-z]+Benchmark\.' ;;
  esac
}
suffix_for() {
  case "$1" in
    sqlite) echo '' ;;
    postgresql) echo '-postgresql' ;;
  esac
}

mkdir -p "$out"
if [[ "$mode" == smoke ]]; then
  rm -f "$out"/results*.json "$out"/statement-counts*.json
fi
started=$(date +%s)
for part in "${parts[@]}"; do
  exclude=$(exclude_for "$part")
  suffix=$(suffix_for "$part")
  if ! java -jar "$jar" -l -e "$exclude" "${jmh_extra[@]}" | grep -q '^dev\.kinship\.'; then
    echo "No $part benchmark matches ${jmh_extra[*]:-the suite}; skipped."
    continue
  fi
  rm -f "$out/results$suffix.json" "$out/statement-counts$suffix.json"
  # -foe: a failed trial check (contenders disagreeing) stops the run with a non-zero status.
  java -jar "$jar" "${jmh_run[@]}" -foe true -prof gc \
    -jvmArgsPrepend "-Dkinship.results=$out" -e "$exclude" \
    -rf json -rff "$out/results$suffix.json" "${jmh_extra[@]}"
done
results=()
for suffix in '' '-postgresql'; do
  if [[ -f "$out/results$suffix.json" ]]; then
    results+=("$out/results$suffix.json")
  fi
done
if [[ ${#results[@]} -eq 0 ]]; then
  echo "No results to report in $out." >&2
  exit 1
fi
java -Djava.awt.headless=true -cp "$jar" dev.kinship.benchmarks.report.ReportRenderer "${results[@]}" "$out"
echo "Benchmarks ($mode: ${parts[*]}) finished in $(( $(date +%s) - started )) s; report in $out"
