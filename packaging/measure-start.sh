#!/bin/sh
# How fast the window comes up: from launch to the app's first frame (the app says when, with
# -Doptimizer.playground.startup=quit, in milliseconds since 1970; this script notes the launch time
# and subtracts), and the processor time the app had used by then (which a machine busy with other
# work does not inflate the way it does the wall clock). Each run starts with a fresh home folder,
# so it is a first start, and the app quits by itself 3 s after its first frame.
#
#   packaging/measure-start.sh [RUNS]            the installed package: its runtime and jar with the
#                                                launcher's options (its AOT cache included), and the
#                                                same without the cache, alternating
#   packaging/measure-start.sh RUNS JAR...       java -jar each JAR in turn (e.g. a build of main and
#                                                target/optimizer-playground.jar), alternating
#
# Needs DISPLAY. Prints each run, then each command's median. (The installed launcher runs this same
# JVM in its own process; it is not used directly because it takes no -D options, and the runs must
# not touch your saved session.)
set -eu
runs=${1:-5}
[ $# -gt 0 ] && shift
home=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$home" "$log"' EXIT

measure() { # measure LABEL JAVA ARGS...: one first start; prints LABEL, wall ms and processor ms
    label=$1; java=$2; shift 2
    rm -rf "$home"; mkdir "$home"
    start=$(date +%s%3N)
    line=$("$java" -Doptimizer.playground.home="$home" -Doptimizer.playground.startup=quit "$@" 2>&1 >/dev/null \
        | grep '^first frame' || true)
    if [ -z "$line" ]; then
        echo "$label: no first frame (is DISPLAY set?)" >&2
        exit 1
    fi
    frame=$(echo "$line" | sed 's/^first frame: at \([0-9]*\) ms.*/\1/')
    cpu=$(echo "$line" | sed 's/.*, \([0-9-]*\) ms of processor time.*/\1/')
    echo "$label $((frame - start)) $cpu" >>"$log"
    echo "$label  first frame $((frame - start)) ms after launch, $cpu ms of processor time"
}

if [ $# -eq 0 ]; then
    app=/usr/lib/optimizer-playground
    # The launcher's own JVM options, minus the cache for the comparison.
    options=$(sed -n 's/^java-options=//p' "$app/app/optimizer-playground.cfg" | sed "s|\$APPDIR|$app/app|g")
    without=$(echo "$options" | grep -v AOTCache)
    jar=$app/app/lib/optimizer-playground.jar
    for run in $(seq "$runs"); do
        # shellcheck disable=SC2086 # the options are one per line, none with spaces
        measure "with-the-AOT-cache" "$app/runtime/bin/java" $options -cp "$jar" dev.optimizerplayground.Main
        # shellcheck disable=SC2086
        measure "without-the-cache " "$app/runtime/bin/java" $without -XX:AOTMode=off -cp "$jar" dev.optimizerplayground.Main
    done
else
    for run in $(seq "$runs"); do
        for jar in "$@"; do
            measure "$jar" java -jar "$jar"
        done
    done
fi

echo "medians over $runs runs (load average now: $(cut -d' ' -f1-3 /proc/loadavg)):"
for label in $(cut -d' ' -f1 "$log" | awk '!seen[$0]++'); do
    wall=$(awk -v l="$label" '$1 == l { print $2 }' "$log" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    cpu=$(awk -v l="$label" '$1 == l { print $3 }' "$log" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    echo "  $label  first frame $wall ms after launch, $cpu ms of processor time"
done
