#!/usr/bin/env bash
# Starts the bot on http://127.0.0.1:3978 with its embedded SQLite database (bot/data/autodiag.db),
# then the Microsoft 365 Agents Playground, a local Teams-like chat, at http://localhost:56150.
# Ctrl+C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${PORT:-3978}"
playground_version="0.2.28"

# Whether something listens on the loopback port $1.
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Another process on the port would answer the readiness check below in our bot's place.
if port_taken "$port"; then
  echo "Port ${port} is already in use: stop what runs there, or choose another port (PORT=3979 $0)." >&2
  exit 1
fi

dotnet build bot/AutoDiag.Bot.csproj -nologo -v quiet
dotnet run --project bot/AutoDiag.Bot.csproj --no-build --no-launch-profile --urls "http://127.0.0.1:${port}" &
bot_pid=$!
trap 'kill "$bot_pid" 2>/dev/null || true' EXIT INT TERM

until curl -fsS "http://127.0.0.1:${port}/healthz" >/dev/null 2>&1; do
  kill -0 "$bot_pid" 2>/dev/null || { echo "The bot did not start." >&2; exit 1; }
  sleep 0.5
done

echo
if port_taken 56150; then
  # Something answers there already (another playground): this one takes another port and says which.
  echo "Bot ready. Port 56150 is taken: open the port of the playground's « Listening on » line below."
else
  echo "Bot ready. Open http://localhost:56150 in your browser to chat with it."
fi
echo
# No desktop browser needed: the playground's UI is served on port 56150.
TEAMSAPPTESTER_BROWSER=none npx --yes "@microsoft/m365agentsplayground@${playground_version}" \
  -e "http://127.0.0.1:${port}/api/messages" -c msteams --dt
