#!/usr/bin/env bash
# A new `dotnet new web` app, outside the repository, adds RunnerBack.AspNetCore from the local
# feed that package.sh filled, adds its two lines, and must serve every endpoint: the package an
# app installs, not a project reference. A private package folder keeps a stale 1.0.0 out.
set -euo pipefail
repo=$(pwd)
work=$(mktemp -d)
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
export NUGET_PACKAGES="$work/packages"
cd "$work"
cat > nuget.config <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$repo/artifacts/packages" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="RunnerBack" /><package pattern="RunnerBack.*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
CONFIG
dotnet new web -o WebConsumer --no-update-check >/dev/null
cd WebConsumer

# Exactly what docs/aspnetcore.md says: the package, the services and the endpoints, and the two
# OpenAPI lines, with nothing else added to the project.
dotnet add package RunnerBack.AspNetCore --version 1.0.0 >/dev/null
sed -i 's|^var builder = WebApplication.CreateBuilder(args);|&\nbuilder.Services.AddRunnerBackTriage(builder.Configuration.GetSection("RunnerBack"));\nbuilder.Services.AddOpenApi();|' Program.cs
sed -i 's|^var app = builder.Build();|&\napp.MapRunnerBack();\napp.MapOpenApi();|' Program.cs
cat Program.cs
for line in 'builder.Services.AddRunnerBackTriage' 'builder.Services.AddOpenApi();' 'app.MapRunnerBack();' 'app.MapOpenApi();'; do
  grep -q "^$line" Program.cs || { echo "'$line' did not go into Program.cs"; exit 1; }
done

dotnet build -c Release -warnaserror 2>&1 | tail -3
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
dotnet bin/Release/net10.0/WebConsumer.dll --urls "$base" >server.log 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -sf "$base/health" >/dev/null 2>&1 && break; sleep 0.2; done

check() { # name expected-status expected-text curl-args...
  local name=$1 status=$2 text=$3; shift 3
  local body code
  body=$(curl -s -o /dev/stdout -w '\n%{http_code}' "$@")
  code=${body##*$'\n'}
  body=${body%$'\n'*}
  [ "$code" = "$status" ] || { echo "$name: expected $status, got $code: $body"; cat server.log; exit 1; }
  grep -q -- "$text" <<<"$body" || { echo "$name: '$text' not in: $body"; exit 1; }
  echo "$name: $code"
}
check "POST /triage" 200 '"disposition":"emergency"' -X POST "$base/triage" -H 'Content-Type: application/json' --data-binary "@$repo/samples/assessments/emergency.json"
check "POST /interview" 200 '"status":"question"' -X POST "$base/interview" -H 'Content-Type: application/json' -d '{"answers":{}}'
check "GET /questions" 200 '"id":"painLevel"' "$base/questions"
check "GET /rules" 200 '"ruleSetVersion"' "$base/rules"
check "GET /health" 200 'Healthy' "$base/health"
check "POST /triage invalid" 400 '"validationErrors"' -X POST "$base/triage" -H 'Content-Type: application/json' -d '{"painLevel":2}'
check "POST /triage not JSON" 415 'unsupportedMediaType' -X POST "$base/triage" -d 'painLevel=2'
check "POST /triage no symptoms at pain 0" 400 '"path":"$.symptoms"' -X POST "$base/triage" -H 'Content-Type: application/json' -d '{"painLevel":0}'
check "GET /emergency-numbers" 200 '"numbers":\["999","112"\]' "$base/emergency-numbers?region=GB"
check "GET /openapi/v1.json" 200 '"operationId": *"RunnerBackTriage"' "$base/openapi/v1.json"
echo "web consumer: a new web app serves every endpoint and its OpenAPI document from the package, as the docs say"
