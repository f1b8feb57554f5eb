#!/usr/bin/env bash
# Compiles main.bicep into azuredeploy.json after checking it with the Bicep linter (rules in bicepconfig.json).
# Run it after every change to main.bicep and commit both files: the deployment tests fail when they differ.
#
#   deploymentTemplates/build-arm.sh
#
# The Bicep CLI comes from the NuGet package Azure.Bicep.CommandLine.linux-x64, pinned in
# tests/AutoDiag.Deployment.Tests (restored with it, so it works offline once restored). Linux x64 only;
# elsewhere, `az bicep build --file main.bicep --outfile azuredeploy.json` with the same Bicep version.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
tests="$here/../tests/AutoDiag.Deployment.Tests/AutoDiag.Deployment.Tests.csproj"
version="$(sed -n 's:.*<BicepVersion>\(.*\)</BicepVersion>.*:\1:p' "$tests")"
[ -n "$version" ] || { echo "build-arm.sh: no <BicepVersion> in $tests" >&2; exit 2; }

packages="${NUGET_PACKAGES:-$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')}"
bicep="${packages%/}/azure.bicep.commandline.linux-x64/$version/tools/bicep"
if [ ! -f "$bicep" ]; then
  dotnet restore "$tests" >/dev/null
fi
[ -x "$bicep" ] || chmod +x "$bicep"

"$bicep" lint "$here/main.bicep"
"$bicep" build "$here/main.bicep" --outfile "$here/azuredeploy.json"
echo "azuredeploy.json compiled from main.bicep with Bicep $version"
