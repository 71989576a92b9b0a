#!/usr/bin/env bash
# Measures how smoothly the window plays long runs, with JavaFX's own pulse logger under Xvfb.
#
#   src/jmh/scripts/pulse-playback.sh LANES STEPS [PRESET] [DISPLAY]
#   e.g.  src/jmh/scripts/pulse-playback.sh 9 100000 rastrigin :93
#
# It writes a last-session file (LANES lanes, STEPS steps, on the current step STEPS, so the
# window opens on every trail in full, at 5000 steps/s) into a fresh -Doptimizer.playground.home,
# starts the shaded jar (mvn -q -DskipTests package) on an Xvfb display (started here if none is
# given) with -Djavafx.pulseLogger=true and a zero threshold, and drives it with the window's own
# keys (ui.actions.Action), so no coordinate of the layout matters:
#   start   the window opening on the last step
#   home    Home: back to step 0
#   end     End: a jump to the last step
#   resize  the smallest allowed window, 1280×800, then full screen again
#   play    Home, Space: playing from step 0 at 5000 steps/s, for at most 12 s
#   slow    − until 10 steps/s, Home, Space: playing slowly (a step lasts six frames), 4 s
# and prints, per phase: rendered frames per second, the pulses' p50/p95/max (from the pulse's
# start to the end of its last phase, on either thread), the longest JavaFX-thread stretch of a
# pulse (animation handlers, CSS, layout, waiting for the render thread, copying state), the
# longest gap between two pulses (the JavaFX thread busy between them, e.g. in a key handler; in
# "start" it includes idle time), and for the playing phases the steps per second the step counter
# (read from a screenshot with tesseract) reached. Every key press is checked on the counter.
# JAR=path measures another build. Needs xdotool, ImageMagick (import) and tesseract.
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
  "steps" : $steps, "currentStep" : $steps, "playbackSpeed" : 5000, "layout" : "overlay",
  "lanes" : { $lanes_json } }
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
# The step the counter under the plot shows ("step 1234 / 100000"), read from a screenshot of the
# window's lower part, enlarged for tesseract; empty if it cannot be read.
shown_step() { shoot; read_shot; }
shoot() { # sets shot_at to when the screenshot was taken
  import -window root "$work/screen.png"
  shot_at=$(date +%s%N)
}
read_shot() {
  convert "$work/screen.png" -gravity south -crop 100%x20%+0+0 +repage -resize 200% "$work/counter.png"
  # (the UI font's dotted zero reads as "@", "O", "®" or "©")
  tesseract "$work/counter.png" - --psm 11 2> /dev/null | python3 -c '
import re, sys
m = re.search(r"step *([0-9@O®©]+) */ *" + sys.argv[1] + r"\b", sys.stdin.read().replace(",", ""))
print(re.sub("[@O®©]", "0", m.group(1)) if m else "")' "$steps"
}
# Waits (up to about a minute) until the counter shows step $1: the key reached the window and took effect.
expect_step() {
  for _ in $(seq 30); do
    [[ $(shown_step) == "$1" ]] && return
    sleep 0.5
  done
  echo "the step counter never showed step $1 (keys not reaching the window?)" >&2
  exit 1
}
press() { xdotool key --delay 120 "$@"; }

mark launch
java -Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0 -Doptimizer.playground.home="$work" \
  -jar "${JAR:-target/optimizer-playground.jar}" >> "$log" 2>&1 &
pids+=($!)
window=$(xdotool search --sync --onlyvisible --name "Optimizer Playground" | head -1)
mark start
xdotool windowsize "$window" 1600 960
xdotool windowfocus --sync "$window" 2> /dev/null || true
expect_step "$steps"
sleep 4

mark home
press Home
expect_step 0
sleep 2
mark end
press End
expect_step "$steps"
sleep 4

mark resize
for size in "1024 640" "1280 800" "1600 960"; do
  xdotool windowsize "$window" $size
  sleep 2
done

play() { # phase, seconds: plays from step 0 for that long, prints the steps per second reached
  press Home
  expect_step 0
  mark "$1"
  local from=$(date +%s%N)
  press space
  sleep "$2"
  shoot
  local to=$shot_at step
  step=$(read_shot)
  press space
  sleep 1
  echo "$1: step ${step:-?} after $(((to - from) / 1000000)) ms" >> "$work/steps.txt"
}
play play $(((steps / 5000) < 10 ? steps / 5000 + 2 : 12))
press minus minus minus minus minus minus minus minus minus minus
sleep 0.5
play slow 4
mark done

echo "lanes $lanes, steps $steps, $preset; log in $log; load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$log" "$work/steps.txt" <<'EOF'
import re, sys
log, steps_file = sys.argv[1], sys.argv[2]
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
    # "PULSE: n [time since the previous pulse began : this pulse's length]"
    m = re.match(r"PULSE: \d+ \[(-?\d+)ms:(-?\d+)ms\](.*)", line)
    if m:
        close()
        clock += int(m.group(1))
        pulse = {"at": clock, "gap": int(m.group(1)), "rendered": "No Rendering" not in m.group(3),
                 "end": 0, "fx": 0}
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
print(f"{'phase':8} {'pulses':>6} {'fps':>5} {'p50':>5} {'p95':>5} {'max':>5} {'>16.7':>6} {'fx max':>6} {'gap max':>7}  (ms)")
for name in ["start", "home", "end", "resize", "play", "slow"]:
    all_pulses = phases.get(name, [])
    ps = [p for p in all_pulses if p["rendered"]]
    if not ps:
        continue
    seconds = (ps[-1]["at"] - ps[0]["at"]) / 1000 or 1
    ends = [p["end"] for p in ps]
    over = sum(1 for e in ends if e > 16.7) / len(ends)
    print(f"{name:8} {len(ps):6} {len(ps) / seconds:5.0f} {pct(ends, 50):5} {pct(ends, 95):5} {max(ends):5} "
          f"{over:6.0%} {max(p['fx'] for p in all_pulses):6} {max(p['gap'] for p in all_pulses[1:] or all_pulses):7}")
for line in open(steps_file):
    m = re.match(r"(\w+): step (\S+) after (\d+) ms", line)
    if m:
        rate = f"{int(m.group(2)) / (int(m.group(3)) / 1000):.0f} steps/s" if m.group(2) != "?" else "counter unreadable"
        print(f"{m.group(1)}: step {m.group(2)} after {int(m.group(3)) / 1000:.1f} s = {rate}")
EOF
