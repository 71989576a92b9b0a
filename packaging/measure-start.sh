#!/bin/sh
# How fast the installed app's window comes up: from launch to the window being on screen (polled
# with xdotool), and the processor time the app had used by then (from /proc, which a machine busy
# with other work does not inflate the way it does the wall clock). Alternates the installed
# runtime and jar with the launcher's options (its AOT cache, JDK 25's class-data-sharing archive,
# included) and the same without the cache. (The launcher runs this same JVM in its own process; it is not used
# directly because it takes no -D options, and the runs must not touch your saved session.)
#   packaging/measure-start.sh [RUNS]        (needs DISPLAY and xdotool; the package installed)
set -eu
runs=${1:-5}
app=/usr/lib/optimizer-playground
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
ticks=$(getconf CLK_TCK)
if xdotool search --name 'Optimizer Playground' >/dev/null 2>&1; then
    echo "close the Optimizer Playground windows on this display first: they would be taken for the new one" >&2
    exit 2
fi

measure() { # measure LABEL COMMAND...: prints wall and processor milliseconds to the window
    label=$1; shift
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 &
    pid=$!
    xdotool search --sync --onlyvisible --pid "$pid" --name 'Optimizer Playground' >/dev/null
    wall=$((($(date +%s%N) - start) / 1000000))
    # utime + stime, fields 14 and 15 of /proc/PID/stat (the name in field 2 has no spaces here)
    cpu=$(awk -v t="$ticks" '{ printf "%d", ($14 + $15) * 1000 / t }' "/proc/$pid/stat")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "$label  window after ${wall} ms, ${cpu} ms of processor time"
}

# The launcher's own JVM options, minus the cache for the comparison.
options=$(sed -n 's/^java-options=//p' "$app/app/optimizer-playground.cfg" | sed "s|\$APPDIR|$app/app|g")
without=$(echo "$options" | grep -v AOTCache)
jar=$app/app/lib/optimizer-playground.jar
# shellcheck disable=SC2086 # the options are one per line, none with spaces
for run in $(seq "$runs"); do
    measure "with the AOT cache" "$app/runtime/bin/java" $options "-Doptimizer.playground.home=$home" \
        -cp "$jar" dev.optimizerplayground.Main
    measure "without        " "$app/runtime/bin/java" $without -XX:AOTMode=off "-Doptimizer.playground.home=$home" \
        -cp "$jar" dev.optimizerplayground.Main
done
