#!/usr/bin/env bash
# Builds the Teams app package (manifest.json + color.png + outline.png in one zip) to upload in Teams.
#
#   deploymentTemplates/teams/package.sh --bot-id 00000000-0000-0000-0000-000000000000 \
#       --bot-domain autodiag-xyz.azurewebsites.net
#
# Options (each can also be given as the environment variable in brackets):
#   --bot-id GUID          required: the bot's Microsoft App ID, MicrosoftAppId of the web app [BOT_ID]
#   --bot-domain HOST      the web app's host name, without https:// (e.g. autodiag-xyz.azurewebsites.net),
#                          listed in validDomains; none when omitted [BOT_DOMAIN]
#   --app-id GUID          the Teams app's own id; defaults to the bot id [TEAMS_APP_ID]
#   --developer-name TEXT  who publishes the app, 32 characters at most [DEVELOPER_NAME]
#   --website-url URL      https address of the publisher's site [DEVELOPER_WEBSITE_URL]
#   --privacy-url URL      https address of the privacy notice [DEVELOPER_PRIVACY_URL]
#   --terms-url URL        https address of the terms of use [DEVELOPER_TERMS_URL]
#   --version X.Y.Z        the app version; raise it to update an uploaded app (default: manifest's) [APP_VERSION]
#   --output FILE.zip      where to write the package (default: deploymentTemplates/teams/build/autodiag-social.zip)
#   --no-schema-check      skip the JSON-schema validation (it needs the .NET SDK; the first run takes ~15 s)
#
# Needs bash, sed, zip (or python3), and the .NET SDK for the schema validation.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"

die() { echo "package.sh: $*" >&2; exit 2; }

bot_id="${BOT_ID:-}"
bot_domain="${BOT_DOMAIN:-}"
app_id="${TEAMS_APP_ID:-}"
developer_name="${DEVELOPER_NAME:-AutoDiag social}"
website_url="${DEVELOPER_WEBSITE_URL:-https://www.example.org/autodiag-social}"
privacy_url="${DEVELOPER_PRIVACY_URL:-https://www.example.org/autodiag-social/confidentialite}"
terms_url="${DEVELOPER_TERMS_URL:-https://www.example.org/autodiag-social/conditions}"
version="${APP_VERSION:-}"
output="$here/build/autodiag-social.zip"
schema_check=1

while [ $# -gt 0 ]; do
  case "$1" in
    --bot-id) bot_id="${2:-}"; shift 2 ;;
    --bot-domain) bot_domain="${2:-}"; shift 2 ;;
    --app-id) app_id="${2:-}"; shift 2 ;;
    --developer-name) developer_name="${2:-}"; shift 2 ;;
    --website-url) website_url="${2:-}"; shift 2 ;;
    --privacy-url) privacy_url="${2:-}"; shift 2 ;;
    --terms-url) terms_url="${2:-}"; shift 2 ;;
    --version) version="${2:-}"; shift 2 ;;
    --output) output="${2:-}"; shift 2 ;;
    --no-schema-check) schema_check=0; shift ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option: $1 (see --help)" ;;
  esac
done

guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
[ -n "$bot_id" ] || die "--bot-id is required: the bot's Microsoft App ID (a GUID)"
[[ "$bot_id" =~ $guid ]] || die "--bot-id is not a GUID: $bot_id"
app_id="${app_id:-$bot_id}"
[[ "$app_id" =~ $guid ]] || die "--app-id is not a GUID: $app_id"
if [ -n "$bot_domain" ]; then
  [[ "$bot_domain" =~ ^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$ ]] \
    || die "--bot-domain must be a host name such as autodiag-xyz.azurewebsites.net (no https://, no path): $bot_domain"
fi
for url in "$website_url" "$privacy_url" "$terms_url"; do
  [[ "$url" =~ ^https://[^[:space:]\"\\]+$ ]] || die "not an https address: $url"
done
[[ "$developer_name" != *[\"\\]* ]] || die "--developer-name must not contain \" or \\"
[ "${#developer_name}" -le 32 ] || die "--developer-name is longer than 32 characters"
if [ -n "$version" ]; then
  [[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "--version must look like 1.2.3: $version"
fi

# An older package at the same place must not pass for this one if a check below fails.
mkdir -p "$(dirname "$output")"
output="$(cd "$(dirname "$output")" && pwd)/$(basename "$output")"
rm -f "$output"

# Fill the placeholders into a copy: sed with | as separator, and \ & | escaped in the replacements.
escape() { printf '%s' "$1" | sed -e 's/[\\&|]/\\&/g'; }
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
if [ -n "$bot_domain" ]; then
  domains="\"$bot_domain\""
else
  domains=""   # validDomains stays, empty
fi
sed -e "s|\${{BOT_ID}}|$bot_id|g" \
    -e "s|\${{TEAMS_APP_ID}}|$app_id|g" \
    -e "s|\"\${{BOT_DOMAIN}}\"|$(escape "$domains")|g" \
    -e "s|\${{DEVELOPER_NAME}}|$(escape "$developer_name")|g" \
    -e "s|\${{DEVELOPER_WEBSITE_URL}}|$(escape "$website_url")|g" \
    -e "s|\${{DEVELOPER_PRIVACY_URL}}|$(escape "$privacy_url")|g" \
    -e "s|\${{DEVELOPER_TERMS_URL}}|$(escape "$terms_url")|g" \
    "$here/manifest.json" > "$stage/manifest.json"
if [ -n "$version" ]; then
  sed -i -e "s|^  \"version\": \"[0-9.]*\",|  \"version\": \"$version\",|" "$stage/manifest.json"
fi
cp "$here/color.png" "$here/outline.png" "$stage/"

if grep -q '\${{' "$stage/manifest.json"; then
  die "a placeholder is left in the manifest: $(grep -o '\${{[A-Z_]*}}' "$stage/manifest.json" | sort -u | tr '\n' ' ')"
fi

if [ "$schema_check" -eq 1 ]; then
  command -v dotnet >/dev/null || die "the schema check needs the .NET SDK (or pass --no-schema-check)"
  if ! dotnet run --file "$here/validate-manifest.cs" -- "$stage/manifest.json" "$here/schema/MicrosoftTeams.schema.json"; then
    echo "package.sh: the manifest does not match the Teams schema (see above); no package written" >&2
    exit 1
  fi
fi

if command -v zip >/dev/null; then
  (cd "$stage" && zip -q -X "$output" manifest.json color.png outline.png)
elif command -v python3 >/dev/null; then
  (cd "$stage" && python3 -m zipfile -c "$output" manifest.json color.png outline.png)
else
  die "neither zip nor python3 is available to write the package"
fi
echo "Teams app package written: $output"
if [[ "$website_url$privacy_url$terms_url" == *www.example.org* ]]; then
  echo "Note: the publisher's addresses are placeholders (www.example.org): give --website-url, --privacy-url and --terms-url." >&2
fi
echo "Upload it in Teams: Apps > Manage your apps > Upload an app > Upload a custom app."
