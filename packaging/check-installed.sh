#!/bin/sh
# Checks the Linux package end to end, as root on a Debian-like machine:
#   sudo packaging/check-installed.sh target/installer/optimizer-playground_*.deb
# It checks the package's size, installs it (apt-get pulls its dependencies), checks what an
# installed app must offer (the command on PATH, trace/render/--version from a terminal, a scenario
# file as the argument, the desktop entry, the icon, the scenario file type and the app it opens
# with, the start time when there is a display), removes it with dpkg -r and checks that nothing
# is left behind. Each check prints "ok" or "FAIL"; the exit code is the number of failures.
# With a display (DISPLAY set, and xdotool installed) it also opens the window and a scenario file.
set -u
deb=${1:?usage: check-installed.sh PACKAGE.deb}
name=optimizer-playground
mime=application/x-optimizer-playground+json
max_bytes=$((45 * 1024 * 1024))
failures=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ok() { echo "ok    $*"; }
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }
check() { # check DESCRIPTION COMMAND...: ok when the command succeeds
    description=$1; shift
    if "$@" >"$work/out" 2>&1; then ok "$description"; else fail "$description: $(head -c 300 "$work/out")"; fi
}

# ------------------------------------------------------------------ the package file
size=$(stat -c %s "$deb")
mb=$(awk "BEGIN { printf \"%.1f\", $size / 1048576 }")
if [ "$size" -le "$max_bytes" ]; then ok "size $mb MB (at most 45 MB)"; else fail "size $mb MB is over 45 MB"; fi
check "recommends fonts-noto-cjk (the Chinese interface's glyphs)" sh -c "dpkg-deb -f '$deb' Recommends | grep -qw fonts-noto-cjk"

# ------------------------------------------------------------------ installed
check "installs (apt-get install ./package)" apt-get install -y "$(realpath "$deb")"
dpkg -L "$name" | sort >"$work/files"

check "the command is on PATH" sh -c "command -v $name"
check "--version answers" sh -c "$name --version | grep -q 'Optimizer Playground'"
check "trace writes CSV from a terminal" sh -c "$name trace --surface booth --optimizer adagrad --steps 5 --start 0,0 \
    | head -1 | grep -qx 'step,x,y,loss,grad_x,grad_y,lr_x,lr_y'"
check "render writes a PNG without a display" sh -c "env -u DISPLAY $name render --surface booth --optimizer rmsprop --steps 20 \
    --width 320 --height 240 --out '$work/plot.png' && file '$work/plot.png' | grep -q 'PNG image'"
check "a bad command line exits with 2 and one line" sh -c "$name trace --surface 'sin(' --optimizer sgd --steps 5 \
    --start 0,0 2>'$work/err'; [ \$? -eq 2 ] && [ \$(wc -l <'$work/err') -eq 1 ]"
# -XX:AOTMode=on: the JVM refuses to start unless the cache, made at build time elsewhere, maps here.
check "the AOT cache (class-data sharing) works where installed" sh -c "/usr/lib/$name/runtime/bin/java \
       -XX:AOTCache=/usr/lib/$name/app/$name.aot -XX:AOTMode=on \
       --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
       -cp /usr/lib/$name/app/lib/$name.jar dev.optimizerplayground.Main --version"

entry=/usr/share/applications/$name.desktop
if [ -f "$entry" ]; then
    ok "desktop entry $entry"
    check "  named Optimizer Playground" grep -qx 'Name=Optimizer Playground' "$entry"
    check "  runs the command on PATH with the file" grep -qx "Exec=/usr/bin/$name %f" "$entry"
    check "  opens scenario files" grep -q "^MimeType=.*$mime" "$entry"
    icon=$(sed -n 's/^Icon=//p' "$entry")
    check "  its icon $icon is a PNG" sh -c "file '$icon' | grep -q 'PNG image'"
    if command -v desktop-file-validate >/dev/null; then check "  valid" desktop-file-validate "$entry"; fi
else
    fail "no desktop entry $entry"
fi

printf '{}' >"$work/lesson.optplay.json"
check "*.optplay.json files are $mime" sh -c "grep -q '$mime:\*\.optplay\.json' /usr/share/mime/globs2"
check "  the file manager sees that type" sh -c "gio info -a standard::content-type '$work/lesson.optplay.json' | grep -q '$mime'"
check "  and opens them with the app" sh -c "gio mime '$mime' | grep -q '$name.desktop'"

if [ -n "${DISPLAY:-}" ] && command -v xdotool >/dev/null; then
    home=$work/home
    # The window: time from launch to the window being on screen, three times.
    for run in 1 2 3; do
        start=$(date +%s%N)
        JDK_JAVA_OPTIONS="-Doptimizer.playground.home=$home" $name >/dev/null 2>&1 &
        pid=$!
        if xdotool search --sync --onlyvisible --pid $pid --name 'Optimizer Playground' >/dev/null 2>&1; then
            echo "      window on screen $((($(date +%s%N) - start) / 1000000)) ms after launch (run $run)"
        else fail "no window"; fi
        kill $pid; wait $pid 2>/dev/null
    done
    # A scenario file as the argument, as a double-click runs it.
    cp "$(dirname "$0")/../assets/scenarios/$(ls "$(dirname "$0")/../assets/scenarios" | head -1)" "$work/class lesson.optplay.json"
    JDK_JAVA_OPTIONS="-Doptimizer.playground.home=$home" $name "$work/class lesson.optplay.json" >/dev/null 2>&1 &
    pid=$!
    check "a scenario file opens in the window" xdotool search --sync --onlyvisible --pid $pid --name 'class lesson.optplay.json'
    kill $pid; wait $pid 2>/dev/null
fi

# ------------------------------------------------------------------ removed
check "removes (dpkg -r)" dpkg -r "$name"
left=""
while read -r path; do
    # Folders the package shares with the system (/usr/share/applications...) stay, as they should.
    if [ -e "$path" ] && ! [ -d "$path" ]; then left="$left $path"; fi
    if [ -d "$path" ] && case "$path" in */$name*) true;; *) false;; esac; then left="$left $path/"; fi
done <"$work/files"
if [ -z "$left" ]; then ok "dpkg -r leaves none of its files"; else fail "left behind:$left"; fi
check "no command left on PATH" sh -c "! command -v $name"
check "no desktop entry left" sh -c "! ls /usr/share/applications | grep -q $name"
check "no scenario file type left" sh -c "! grep -qs '$mime' /usr/share/mime/globs2 /usr/share/applications/mimeinfo.cache"
check "no icon left" sh -c "! find /usr/share/icons /usr/share/pixmaps -name '*$name*' | grep -q ."

echo "$failures failure(s)"
exit "$failures"
