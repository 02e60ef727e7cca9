#!/usr/bin/env bash
# Run the real claimdesk binary under Xvfb on a database with the samples (a few
# verdicts given from the CLI), select a claim, and save assets/screenshot.png.
# Needs: xvfb, imagemagick (import), xdotool  (apt-get install -y xvfb imagemagick xdotool)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${CLAIMDESK_BIN:-target/release/claimdesk}
[ -x "$bin" ] || cargo build --release
work=$(mktemp -d)
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
export CLAIMDESK_DB="$work/desk.sqlite3" XDG_CONFIG_HOME="$work/cfg"
mkdir -p "$work/cfg/claimdesk"
echo '{"reviewer":"Ana Reyes","dark":true}' > "$work/cfg/claimdesk/settings.json"
"$bin" samples
"$bin" review 3 verified --reviewer "Ana Reyes" --note "matches the ministry readout" >/dev/null
"$bin" review 5 disputed --reviewer "Ben Okafor" --note "state TV clip shows a different date" >/dev/null
"$bin" review 8 inconclusive --reviewer "Ana Reyes" >/dev/null
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1400x860x24 >/dev/null 2>&1 & xvfb=$!
sleep 1
DISPLAY=$display "$bin" >"$work/app.log" 2>&1 & app=$!
sleep 4
# click the row of claim 8 (the ministry figure relayed by a news channel)
DISPLAY=$display xdotool mousemove 400 301; sleep 0.5; DISPLAY=$display xdotool mousedown 1; sleep 0.2; DISPLAY=$display xdotool mouseup 1
sleep 1.5
DISPLAY=$display import -window root assets/screenshot.png
echo "saved assets/screenshot.png"
