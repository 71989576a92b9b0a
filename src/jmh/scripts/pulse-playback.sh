#!/usr/bin/env bash
# Measures how smoothly the window plays long runs, with JavaFX's own pulse logger under Xvfb.
#
#   src/jmh/scripts/pulse-playback.sh LANES STEPS [PRESET] [DISPLAY]
#   e.g.  src/jmh/scripts/pulse-playback.sh 9 100000 rastrigin :93
#
# It writes a last-session file (LANES lanes, STEPS steps, on the current step STEPS, so the
# window opens on every trail in full) into a fresh -Doptimizer.playground.home, starts the shaded
# jar (mvn -q -DskipTests package) on an Xvfb display (started here if none is given) with
# -Djavafx.pulseLogger=true and a zero threshold, and drives it with xdotool:
#   start   the window opening on the last step
#   home    Home: back to step 0
#   end     a click on the far right of the timeline: a jump to the last step
#   resize  the smallest allowed window, 1280×800, then full screen again
#   play    speed at 5000 steps/s, Space, from step 0, for at most 12 s
# and prints, per phase: rendered frames per second, the pulses' p50/p95/max (from the pulse's
# start to the end of its last phase, on either thread), the longest JavaFX-thread stretch of a
# pulse (animation handlers, CSS, layout, waiting for the render thread, copying state), and for
# "play" the steps per second the counter reached. Coordinates assume the app's default layout
# on a 1600×1000 screen; JAR=path measures another build. Needs xdotool, ImageMagick (import) and tesseract.
set -euo pipefail
cd "$(dirname "$0")/../../.."
lanes=${1:?lanes 1-9}
steps=${2:?steps}
preset=${3:-rastrigin}
display=${4:-}
ids=(rmsprop adagrad sgd adam rmsprop-b nadam adadelta sgd-momentum sgd-nesterov)
work=$(mktemp -d /tmp/pulse-playback.XXXXXX)
log=$work/pulses.log

lanes_json=""
for ((i = 0; i < 9; i++)); do
  enabled=false
  if ((i < lanes)); then enabled=true; fi
  lanes_json+="${lanes_json:+, }\"${ids[$i]}\" : { \"enabled\" : $enabled }"
done
cat > "$work/session.json" <<EOF
{ "format" : "optimizer-playground-scenario", "version" : 1, "preset" : "$preset",
  "steps" : $steps, "currentStep" : $steps, "layout" : "overlay", "lanes" : { $lanes_json } }
EOF

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2> /dev/null && wait "$p" 2> /dev/null || true; done; }
trap cleanup EXIT
if [[ -z $display ]]; then
  display=:$((90 + RANDOM % 9))
  Xvfb "$display" -screen 0 1600x1000x24 > /dev/null 2>&1 &
  pids+=($!)
  sleep 1
fi
export DISPLAY=$display

mark() { echo "MARK $1 $(date +%s%N)" >> "$log"; }
# The blue thumbs of the playback bar's two sliders, right of the sidebar, as "x y" screen
# positions: the timeline's, then the speed's (each a cluster of columns with thumb-blue pixels).
thumbs() {
  for _ in $(seq 60); do thumbs_now && return; sleep 0.5; done
  echo "no slider thumbs on the screen" >&2; exit 1
}
thumbs_now() {
  import -window root "$work/screen.png"
  convert "$work/screen.png" -crop 1600x160+0+840 +repage "$work/strip.png"
  convert "$work/strip.png" txt:- | python3 -c '
import re, sys
cols = {}
for line in sys.stdin:
    m = re.match(r"(\d+),(\d+): \((\d+),(\d+),(\d+)", line)
    if m:
        x, y, r, g, b = map(int, m.groups())
        if x > 360 and r < 90 and 90 < g < 160 and b > 200:
            cols.setdefault(x, []).append(y)
blobs = []
for x in sorted(cols):
    if blobs and x - blobs[-1][-1] <= 3:
        blobs[-1].append(x)
    else:
        blobs.append([x])
blobs = [b for b in blobs if len(b) >= 8]
if len(blobs) < 2:
    sys.exit(1)
for b in (blobs[0], blobs[-1]):
    x = b[len(b) // 2]
    print(x, 840 + sum(cols[x]) // len(cols[x]))
'
}
# Drags with pauses between the events: chained in one xdotool call, JavaFX sees no drag.
drag() {
  xdotool mousemove "$1" "$2"; sleep 0.2; xdotool mousedown 1; sleep 0.2
  xdotool mousemove $(($1 + 10)) "$2"; sleep 0.2; xdotool mousemove "$3" "$2"; sleep 0.2; xdotool mouseup 1
}
mark launch
java -Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0 -Doptimizer.playground.home="$work" \
  -jar "${JAR:-target/optimizer-playground.jar}" >> "$log" 2>&1 &
pids+=($!)
window=$(xdotool search --sync --onlyvisible --name "Optimizer Playground" | head -1)
mark start
sleep 12
xdotool windowactivate --sync "$window" 2> /dev/null || xdotool windowfocus "$window" 2> /dev/null || true

mark home
xdotool key Home
sleep 3
mark end
read -r timeline_x timeline_y speed_x speed_y <<< "$(thumbs | tr '\n' ' ')"
drag "$timeline_x" "$timeline_y" $((speed_x - 40))
sleep 6

mark resize
window=$(xdotool search --onlyvisible --name "Optimizer Playground" | head -1)
for size in "1024 640" "1280 800" "1600 960"; do
  xdotool windowsize "$window" $size
  sleep 2
done

mark seek
xdotool key Home
sleep 1
read -r timeline_x timeline_y speed_x speed_y <<< "$(thumbs | tr '\n' ' ')"
drag "$speed_x" "$speed_y" 1595
sleep 0.5
mark play
play_start=$(date +%s%N)
xdotool key space
play_seconds=$(((steps / 5000) < 10 ? steps / 5000 + 1 : 12))
sleep $((play_seconds - 1))
import -window root "$work/screen.png"
convert "$work/screen.png" -crop 330x40+690+940 +repage "$work/counter.png"
play_end=$(date +%s%N)
sleep 1
mark done

step=$(tesseract "$work/counter.png" - --psm 7 2> /dev/null | grep -o 'step [0-9]*' | grep -o '[0-9]*' || echo 0)
echo "lanes $lanes, steps $steps, $preset; log in $log"
python3 - "$log" "$step" "$play_start" "$play_end" <<'EOF'
import re, sys
log, step, play_start, play_end = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
phases, current, launch, clock = {}, None, None, 0
pulse = None
def close():
    if pulse is not None and current is not None:
        phases.setdefault(current, []).append(pulse)
for line in open(log, errors="replace"):
    # Idle pulses are logged compactly, "[n gap:0ms]", several a line; a mark may follow them.
    for idle in re.finditer(r"\[\d+ (\d+)ms:\d+ms\]", line):
        clock += int(idle.group(1))
    m = re.search(r"MARK (\w+) (\d+)", line)
    if m:
        close(); pulse = None
        current = m.group(1)
        if current == "launch":
            launch = int(m.group(2))
        if current == "start":
            print(f"window shown {(int(m.group(2)) - launch) / 1e9:.1f} s after launch")
        continue
    m = re.match(r"PULSE: \d+ \[(-?\d+)ms:(-?\d+)ms\](.*)", line)
    if m:
        close()
        clock += int(m.group(1))
        pulse = {"at": clock, "rendered": "No Rendering" not in m.group(3), "end": 0, "fx": 0}
        continue
    m = re.match(r"(T\d+) \((-?\d+) \+(\d+)ms\): (.*)", line)
    if m and pulse is not None:
        end = int(m.group(2)) + int(m.group(3))
        pulse["end"] = max(pulse["end"], end)
        if m.group(4) != "Painting" and not m.group(4).startswith(("Dirty", "Render Roots")):
            pulse["fx"] = max(pulse["fx"], end)
close()
def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(p / 100 * len(values)))] if values else 0
print(f"{'phase':8} {'pulses':>6} {'fps':>5} {'p50':>5} {'p95':>5} {'max':>5} {'>16.7':>6} {'fx max':>6}  (ms)")
for name in ["launch", "start", "home", "end", "resize", "seek", "play"]:
    ps = [p for p in phases.get(name, []) if p["rendered"]]
    if not ps:
        continue
    seconds = (ps[-1]["at"] - ps[0]["at"]) / 1000 or 1
    ends = [p["end"] for p in ps]
    over = sum(1 for e in ends if e > 16.7) / len(ends)
    print(f"{name:8} {len(ps):6} {len(ps) / seconds:5.0f} {pct(ends, 50):5} {pct(ends, 95):5} {max(ends):5} "
          f"{over:6.0%} {max(p['fx'] for p in phases.get(name, [])):6}")
print(f"play: step {step} after {(play_end - play_start) / 1e9:.1f} s = {step / ((play_end - play_start) / 1e9):.0f} steps/s")
EOF
