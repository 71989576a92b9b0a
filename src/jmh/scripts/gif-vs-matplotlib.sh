#!/usr/bin/env bash
# Times our GIF export against the matplotlib anchor in one sitting, alternating, three runs each:
# the same 200-frame 800x600 GIF of RMSProp, Adagrad, SGD and Adam on x^2 + 10*y^2 from (-4, 2).
# Needs the jar (mvn -q -DskipTests package) and Debian's python3-matplotlib for /usr/bin/python3;
# matplotlib_gif.py beside this script draws the same GIF the way people do it with matplotlib today.
set -euo pipefail
cd "$(dirname "$0")/../../.."
anchor=src/jmh/scripts/matplotlib_gif.py
out=$(mktemp -d)
seconds() { local s e; s=$(date +%s.%N); "$@" > /dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
for i in 1 2 3; do
  ours=$(seconds java -jar target/optimizer-playground.jar render --surface "x^2 + 10*y^2" --start -4,2 \
    --steps 200 --optimizer rmsprop --lr 0.1 --beta 0.9 --eps 1e-8 --optimizer adagrad --lr 0.5 --eps 1e-10 \
    --optimizer sgd --lr 0.05 --optimizer adam --lr 0.1 --out "$out/ours.gif" --frames 200 --width 800 --height 600)
  mpl=$(seconds /usr/bin/python3 "$anchor" "$out/mpl.gif")
  echo "run $i: ours ${ours} s, matplotlib ${mpl} s"
done
ls -l "$out/ours.gif" "$out/mpl.gif"
