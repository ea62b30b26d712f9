#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds Release and measures, on one input in one run: tokenizing+splitting, timex tagging,
# entity recognition, the full `eventgraph build`, and each export; then, where installed, the
# peers a user would pick instead (chrono-node for dates, wink-nlp for entities), with ratios.
#
#   scripts/bench.sh                 the whole table on the default input
#   scripts/bench.sh --smoke         about 1 MB, one pass each (CI: checks that it runs)
#   scripts/bench.sh --peers         also install the peers with npm into bench/peers/node_modules
#   scripts/bench.sh --scale         also build over the input repeated 1x, 2x, 5x, 10x
#   scripts/bench.sh --input FILE    another JSONL corpus ({"id","date","title","text"} lines)
#
# Default input: ../shared/news/reuters21578.jsonl (19,043 articles, 16 MB) when present, else
# samples/ replicated to 16 MB. MB = 10^6 bytes of article text. Peak RSS from /usr/bin/time -v.
# The machine is described in bench/README.md, where the latest table is kept.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
jobs=${EVENTGRAPH_JOBS:-2}
smoke=0 peers=0 scale=0 input=""
while [[ $# -gt 0 ]]; do
  case $1 in
    --smoke) smoke=1 ;;
    --peers) peers=1 ;;
    --scale) scale=1 ;;
    --input) input=$2; shift ;;
    -h | --help) sed -n '3,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
  shift
done

build=build-release
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DEVENTGRAPH_BUILD_BENCH=ON \
  -DEVENTGRAPH_BUILD_TESTS=OFF > /dev/null
cmake --build "$build" -j "$jobs" > /dev/null
eg=$root/$build/eventgraph
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The input as JSONL.
if [[ -z $input ]]; then
  if [[ -f ../shared/news/reuters21578.jsonl ]]; then
    input=../shared/news/reuters21578.jsonl
  else
    input=$work/samples16.jsonl
    python3 scripts/make_bench_corpus.py --samples samples --size-mb 16 -o "$input"
  fi
fi
if [[ $smoke == 1 ]]; then
  head -c 1100000 "$input" | sed '$d' > "$work/smoke.jsonl"
  input=$work/smoke.jsonl
fi
mb=$(python3 -c 'import json,sys; print(sum(len(json.loads(l).get("text","").encode()) for l in open(sys.argv[1]) if l.strip())/1e6)' "$input")
docs=$(grep -c . "$input")
printf 'input: %s (%s documents, %.1f MB of text)\n\n' "$input" "$docs" "$mb"

rows=()
row() { rows+=("$(printf '| %-40s | %10s | %10s | %10s |' "$1" "$2" "$3" "$4")"); }
# time_cmd NAME CMD...: runs CMD under /usr/bin/time -v; sets secs and rss_mb.
time_cmd() {
  local log=$work/time.log
  /usr/bin/time -v "$@" > "$work/stdout" 2> "$log" || { cat "$log" >&2; return 1; }
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$log")
  rss_mb=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
}
mbps() { python3 -c "import sys; s=float(sys.argv[2]); print('%.1f' % (float(sys.argv[1])/s if s>0 else 0))" "$mb" "$1"; }
dps() { python3 -c "import sys; s=float(sys.argv[2]); print('%.0f' % (float(sys.argv[1])/s if s>0 else 0))" "$docs" "$1"; }

bench_args=(--input "$input")
[[ $smoke == 1 ]] && bench_args+=(--smoke)
declare -A stage_mbps
for b in tokenizer timex entity event; do
  exe=$build/bench/${b}_bench
  [[ -x $exe ]] || continue
  time_cmd "$exe" "${bench_args[@]}"
  if [[ $b == entity ]]; then  # its first rate is the text layer's; take recognition's CPU rate
    v=$(grep 'entity recognition' "$work/stdout" | grep -Eo 'cpu [0-9.]+ s, [0-9.]+ MB/s' |
      grep -Eo '[0-9.]+ MB/s' | cut -d' ' -f1)
  else
    v=$(grep -Eo '[0-9.]+ MB/s' "$work/stdout" | head -1 | cut -d' ' -f1)
  fi
  stage_mbps[$b]=$v
  row "$b (bench/${b}_bench)" "${v:-?}" "-" "$rss_mb"
done

time_cmd "$eg" build "$input" -o "$work/out" --jobs 1
build_secs=$secs
stage_mbps[build]=$(mbps "$secs")
row "eventgraph build (all stages, 1 thread)" "${stage_mbps[build]}" "$(dps "$secs")" "$rss_mb"
"$eg" build "$input" -o "$work/out-stats" --jobs 1 --stats > /dev/null 2> "$work/stats.txt" || true
time_cmd "$eg" build "$input" -o "$work/out-none" --jobs 1 --outputs none
row "build --outputs none (graph.json)" "$(mbps "$secs")" "$(dps "$secs")" "$rss_mb"
if [[ $smoke == 0 ]]; then
  time_cmd "$eg" build "$input" -o "$work/out2" --jobs 2
  row "eventgraph build --jobs 2" "$(mbps "$secs")" "$(dps "$secs")" "$rss_mb"
  python3 -c "print('speed-up with 2 threads: %.2fx' % ($build_secs/$secs))" > "$work/speedup"
  cmp -s "$work/out/graph.json" "$work/out2/graph.json" || { echo "bench: --jobs 2 output differs" >&2; exit 1; }
fi

if "$eg" help | grep -q '^  export'; then
  for format in json dot svg timeline-svg timeline-json timelinejs vis-timeline cytoscape jgf graphml gexf csv; do
    if time_cmd "$eg" export "$work/out/graph.json" --format "$format" -o "$work/export.$format"; then
      row "export --format $format" "-" "${secs}s" "$rss_mb"
    fi
  done
fi

# Queries on the graph just built: load once, then each query (bench/query_bench).
if [[ -x $build/bench/query_bench ]]; then
  "$build/bench/query_bench" "$work/out/graph.json" --runs "$([[ $smoke == 1 ]] && echo 1 || echo 20)" \
    > "$work/queries.txt"
fi

# Peers.
peer_dir=bench/peers
if [[ $peers == 1 && ! -d $peer_dir/node_modules ]] && command -v npm > /dev/null; then
  (cd "$peer_dir" && npm install --no-audit --no-fund --loglevel=error)
fi
declare -A peer_mbps
if command -v node > /dev/null && [[ -d $peer_dir/node_modules ]]; then
  for p in chrono wink; do
    time_cmd node "$peer_dir/${p}_bench.js" "$input"
    v=$(python3 -c 'import json,sys; print("%.1f" % json.load(open(sys.argv[1]))["mb_per_s"])' "$work/stdout")
    peer_mbps[$p]=$v
    row "peer: $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["tool"])' "$work/stdout")" "$v" "-" "$rss_mb"
  done
fi

printf '| %-40s | %10s | %10s | %10s |\n' "what" "MB/s" "docs/s or s" "peak MB"
printf '|%s|%s|%s|%s|\n' "------------------------------------------" "------------" "------------" "------------"
printf '%s\n' "${rows[@]}"
echo "(bench/*_bench rows: MB/s per CPU second of the benchmark thread; build rows: wall clock;"
echo " exports: wall seconds of \`eventgraph export\` including reading graph.json)"
[[ -f $work/speedup ]] && cat "$work/speedup"
if [[ -f $work/stats.txt ]]; then
  echo
  echo "where the time goes: eventgraph build --stats (1 thread, default outputs)"
  grep -v -E '^[^ ]+:[0-9]+(:[0-9]+)?: (note|warning)' "$work/stats.txt" | grep -E '^[a-z_:.]+ +[0-9]|^stage|^total' || true
fi
if [[ -f $work/queries.txt ]]; then
  echo
  echo "queries (bench/query_bench on the graph just built)"
  cat "$work/queries.txt"
fi
ratio() { python3 -c "import sys; a,b=sys.argv[1:3]; print('%s: %.1fx %s' % (sys.argv[3], float(a)/float(b), sys.argv[4])) if a and b and float(b)>0 else None" "$1" "$2" "$3" "$4"; }
if [[ -n ${peer_mbps[chrono]:-} && -n ${stage_mbps[timex]:-} ]]; then
  ratio "${stage_mbps[timex]}" "${peer_mbps[chrono]}" "timex tagging vs chrono-node" "(target 10x)"
fi
if [[ -n ${peer_mbps[wink]:-} ]]; then
  ratio "${stage_mbps[build]}" "${peer_mbps[wink]}" "full build vs wink-nlp entities" "(target 8x)"
fi

if [[ $scale == 1 && $smoke == 0 ]]; then
  echo
  echo "scale: build over the input repeated N times (distinct ids), 1 thread"
  printf '| %4s | %10s | %10s | %8s | %10s |\n' N documents seconds MB/s "peak MB"
  for n in 1 2 5 10; do
    python3 scripts/make_bench_corpus.py --repeat "$n" --input "$input" -o "$work/rep.jsonl"
    time_cmd "$eg" build "$work/rep.jsonl" -o "$work/rep-out"
    rep_mb=$(python3 -c "print(float('$mb')*$n)")
    printf '| %4s | %10s | %10s | %8s | %10s |\n' "$n" "$((docs * n))" "$secs" \
      "$(python3 -c "print('%.1f' % ($rep_mb/float('$secs')))")" "$rss_mb"
  done
fi
