#!/bin/sh
# expect-exit.sh CODE [--stdout FILE | --no-stdout] [PATTERN]... -- COMMAND [ARG]...
# Runs COMMAND and passes (exit 0) when it exits with status CODE, its standard output equals
# FILE exactly (--stdout) or is empty (--no-stdout), and every PATTERN (an extended regular
# expression, grep -E) matches a line of its output (standard output, then standard error).
# "@FIFO@" in a PATTERN or an ARG stands for a FIFO in a fresh temporary folder; when used, it
# must still be a FIFO afterwards (nothing replaced it).
# The one helper of the CTest tests that check a command's exit status and messages.
set -u
usage() {
    echo "usage: expect-exit.sh CODE [--stdout FILE | --no-stdout] [PATTERN]... -- COMMAND [ARG]..." >&2
    exit 2
}
[ $# -ge 3 ] || usage
code=$1
shift
expected_stdout=
no_stdout=
case ${1:-} in
--stdout) [ $# -ge 2 ] || usage; expected_stdout=$2; shift 2 ;;
--no-stdout) no_stdout=1; shift ;;
esac
dir=$(mktemp -d) || exit 2
trap 'rm -rf "$dir"' EXIT
fifo=$dir/fifo.png
uses_fifo=
: >"$dir/patterns"
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    printf '%s\n' "$1" | sed "s|@FIFO@|$fifo|g" >>"$dir/patterns"
    shift
done
[ $# -ge 2 ] || usage
shift
for arg; do
    shift
    case $arg in *@FIFO@*) uses_fifo=1 ;; esac
    set -- "$@" "$(printf '%s' "$arg" | sed "s|@FIFO@|$fifo|g")"
done
[ -z "$uses_fifo" ] || mkfifo "$fifo" || exit 2

"$@" >"$dir/out" 2>"$dir/err"
status=$?
cat "$dir/out" "$dir/err" >"$dir/all"
cat "$dir/all"
failed=0
if [ "$status" -ne "$code" ]; then
    echo "expect-exit: exit status $status, expected $code" >&2
    failed=1
fi
if [ -n "$expected_stdout" ] && ! cmp -s "$expected_stdout" "$dir/out"; then
    echo "expect-exit: standard output differs from $expected_stdout:" >&2
    diff -u "$expected_stdout" "$dir/out" >&2
    failed=1
fi
if [ -n "$no_stdout" ] && [ -s "$dir/out" ]; then
    echo "expect-exit: standard output is not empty" >&2
    failed=1
fi
while IFS= read -r pattern; do
    if ! grep -Eq -- "$pattern" "$dir/all"; then
        echo "expect-exit: no line matches: $pattern" >&2
        failed=1
    fi
done <"$dir/patterns"
if [ -n "$uses_fifo" ] && [ ! -p "$fifo" ]; then
    echo "expect-exit: the FIFO was replaced" >&2
    failed=1
fi
exit $failed
