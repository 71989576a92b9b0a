#!/usr/bin/env bash
# Times the MP4 export beside the GIF export in one sitting, alternating, three runs each: the
# same 200-frame 800x600 animation of RMSProp, Adagrad, SGD and Adam on x^2 + 10*y^2 from (-4, 2),
# whole commands (JVM start included), as gif-vs-matplotlib.sh does. The goal is 10 s for the MP4.
# Needs the jar (mvn -q -DskipTests package) and GNU time (/usr/bin/time). Prints the load and,
# beside each wall time, the CPU time (user + sys) of the command: on a shared machine the wall
# time mostly measures the others, while the CPU time is what the export itself costs.
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
race=(java -jar target/optimizer-playground.jar render --surface "x^2 + 10*y^2" --start -4,2
  --steps 200 --optimizer rmsprop --lr 0.1 --beta 0.9 --eps 1e-8 --optimizer adagrad --lr 0.5 --eps 1e-10
  --optimizer sgd --lr 0.05 --optimizer adam --lr 0.1 --frames 200 --width 800 --height 600)
seconds() { /usr/bin/time -f "%e s (CPU %U + %S s)" "${race[@]}" "$@" 2>&1 > /dev/null | tail -1; }
echo "load: $(uptime)"
for i in 1 2 3; do
  gif=$(seconds --out "$out/race.gif")
  mp4=$(seconds --out "$out/race.mp4" --fps 30)
  echo "run $i: gif ${gif}, mp4 ${mp4}"
done
ls -l "$out/race.gif" "$out/race.mp4"
echo "load: $(uptime)"
