#!/bin/sh
# expect-exit.sh STATUS LINE COMMAND [ARGS...]: runs COMMAND and checks its exit status and
# that LINE is one whole line of its standard error, exactly. "@FIFO@" in LINE and ARGS
# stands for a FIFO named fifo.png in a fresh temporary folder (removed afterwards).
set -u
status=$1
line=$2
shift 2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fifo=$dir/fifo.png
mkfifo "$fifo"
line=$(printf '%s' "$line" | sed "s|@FIFO@|$fifo|g")
for arg; do
    shift
    set -- "$@" "$(printf '%s' "$arg" | sed "s|@FIFO@|$fifo|g")"
done
err=$("$@" 2>&1 >/dev/null)
got=$?
printf '%s\n' "$err"
[ "$got" = "$status" ] || { echo "exit status $got, expected $status"; exit 1; }
printf '%s\n' "$err" | grep -Fxq -- "$line" || { echo "no line: $line"; exit 1; }
[ -p "$fifo" ] || { echo "the FIFO was replaced"; exit 1; }
echo ok
