#!/usr/bin/env bash
# Builds the Kinship benchmark suite and runs it with JMH, then renders the report.
#
#   benchmarks/run.sh            the whole suite, bounded for a 2-core machine (about 25 minutes);
#                                writes benchmarks/results/{results.json,statement-counts.json,
#                                loading-strategies.md,loading-strategies.png}
#   benchmarks/run.sh --smoke    every benchmark once at 100 posts (a couple of minutes), trial
#                                checks on; writes the same files to benchmarks/target/smoke/
#   --no-build                   reuse benchmarks/target/benchmarks.jar instead of building it
#   anything else                passed to JMH, e.g. a benchmark regex: benchmarks/run.sh 'w2_'
#
# Run from anywhere; paths are resolved from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=full
build=yes
jmh_extra=()
for arg in "$@"; do
  case "$arg" in
    --smoke) mode=smoke ;;
    --no-build) build=no ;;
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

mkdir -p "$out"
rm -f "$out/results.json" "$out/statement-counts.json"
started=$(date +%s)
# -foe: a failed trial check (contenders disagreeing) stops the run with a non-zero status.
java -jar "$jar" "${jmh_run[@]}" -foe true -prof gc \
  -jvmArgsPrepend "-Dkinship.results=$out" \
  -rf json -rff "$out/results.json" "${jmh_extra[@]}"
java -Djava.awt.headless=true -cp "$jar" dev.kinship.benchmarks.report.ReportRenderer \
  "$out/results.json" "$out"
echo "Benchmarks ($mode) finished in $(( $(date +%s) - started )) s; report in $out"
