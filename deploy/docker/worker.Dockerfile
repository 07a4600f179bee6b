# syntax=docker/dockerfile:1
# The BullMQ worker (OCR, Record Calls, packets, notifications). OCR runs Debian's tesseract and
# poppler-utils, so the runtime image installs them.
# Build from the repository root: docker build -f deploy/docker/worker.Dockerfile -t claimlane/worker .
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund \
 && node scripts/build.mjs

FROM build AS production-modules
RUN npm prune --omit=dev --no-audit --no-fund \
 && rm -rf node_modules/@claimlane

FROM ${NODE_IMAGE} AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends tesseract-ocr poppler-utils \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /var/lib/claimlane && chown 1000:1000 /var/lib/claimlane
ENV NODE_ENV=production \
    DATA_DIR=/var/lib/claimlane
WORKDIR /app
COPY --from=production-modules /app/node_modules ./node_modules
COPY --from=build /app/package.json /app/tsconfig.base.json ./
COPY --from=build /app/dist/apps ./dist/apps
COPY --from=build /app/dist/libs ./dist/libs
COPY --from=build /app/dist/migrations ./dist/migrations
COPY --from=build /app/libs/server/letters/assets ./libs/server/letters/assets
COPY deploy/docker/docker-entrypoint.sh /usr/local/bin/claimlane-entrypoint
USER 1000:1000
# No HTTP health endpoint of its own: the orchestrator probes the metrics port (deploy/helm), and a
# worker that loses Redis for good exits non-zero, so a restart policy covers the rest.
HEALTHCHECK NONE
ENTRYPOINT ["claimlane-entrypoint"]
CMD ["node", "dist/apps/worker/src/main.js"]
