#!/usr/bin/env bash
# Adds one migration, with the same name, for each provider: scripts/add-migration.sh <Name>
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
dotnet tool restore >/dev/null
dotnet build Claims.Web -nologo -v q >/dev/null
for provider in Sqlite SqlServer PostgreSql; do
  dotnet ef migrations add "$name" --project Claims.Web --startup-project Claims.Web \
    --context "${provider}ClaimsDbContext" --output-dir "Infrastructure/Data/Migrations/$provider"
done
