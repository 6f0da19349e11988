#!/bin/sh
# The libFuzzer targets (docs/RELIABILITY.md):
#   run-fuzzers.sh build DIR               configure and build them with clang into DIR
#   run-fuzzers.sh run DIR NAME SECONDS    fuzz NAME (csv, relations, boundaries) for SECONDS
#                                          from the seeds (tests/fuzz/seeds, tests/data), in a
#                                          fresh corpus; a crash, leak, sanitizer report or hang fails.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
command=$1
dir=$2
case $command in
build)
    cmake -S "$here" -B "$dir" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo > "$dir.log" 2>&1 \
        || { cat "$dir.log"; exit 1; }
    cmake --build "$dir" -j2 >> "$dir.log" 2>&1 || { grep -E "error" "$dir.log" | head -20; exit 1; }
    echo "built: $(ls "$dir"/fuzz_* | tr '\n' ' ')"
    ;;
run)
    name=$3
    seconds=$4
    corpus=$(mktemp -d)
    trap 'rm -rf "$corpus"' EXIT
    # Seeds: the handcrafted ones here and the test data files.
    case $name in
    boundaries) maxlen=2048 seeds="$here/seeds/boundaries $here/../data/boundaries" ;;
    *) maxlen=4096 seeds="$here/seeds/csv $here/../data/relations" ;;
    esac
    mkdir -p "$dir/artifacts"
    log="$dir/fuzz_$name.log"
    # Qt's and GDAL's caches live until exit: LeakSanitizer would report them, not ours.
    status=0
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1} \
        "$dir/fuzz_$name" "$corpus" $seeds -max_total_time="$seconds" -max_len=$maxlen \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$dir/artifacts/$name-" \
        ${FUZZ_ARGS:-} > "$log" 2>&1 || status=$?
    grep -aE "^(INFO: seed corpus|Done [0-9]+ runs|stat::number_of_executed_units|stat::peak_rss_mb)|ERROR|SUMMARY|runtime error" "$log" || true
    if [ "$status" != 0 ]; then
        tail -40 "$log"
        echo "fuzz_$name failed (status $status); input in $dir/artifacts/"
        exit 1
    fi
    echo "fuzz_$name: ok, $(grep -ao 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$') runs, no crash"
    ;;
*)
    echo "usage: run-fuzzers.sh build DIR | run DIR NAME SECONDS" >&2
    exit 2
    ;;
esac
