#!/bin/sh
# Secrets by file reference: for every NAME_FILE in the environment (a Docker/Compose secret or a
# mounted Kubernetes Secret), export NAME with the file's content, then run the command. The apps read
# plain environment variables (libs/server/config); this keeps secret values out of `docker inspect`.
set -eu
for var in $(env | sed -n 's/^\([A-Z][A-Z0-9_]*\)_FILE=.*/\1/p'); do
  file=$(printenv "${var}_FILE")
  if printenv "$var" >/dev/null 2>&1; then
    echo "claimlane-entrypoint: both $var and ${var}_FILE are set; set one" >&2
    exit 64
  fi
  if [ ! -r "$file" ]; then
    echo "claimlane-entrypoint: ${var}_FILE names an unreadable file" >&2
    exit 66
  fi
  value=$(cat "$file")
  export "$var=$value"
  unset "${var}_FILE"
done
exec "$@"
