# syntax=docker/dockerfile:1
# The Temporal worker (appeal workflows and activities). The workflow bundle is built ahead of time,
# so the image needs no bundler at run time (libs/workflows/activities: loadAppealWorkflowBundle).
# Build from the repository root:
#   docker build -f deploy/docker/temporal-worker.Dockerfile -t claimlane/temporal-worker .
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund \
 && node scripts/build.mjs \
 && node dist/apps/temporal-worker/src/bundle-workflows.cli.js

FROM build AS production-modules
RUN npm prune --omit=dev --no-audit --no-fund \
 && rm -rf node_modules/@claimlane

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    DATA_DIR=/var/lib/claimlane
WORKDIR /app
RUN mkdir -p /var/lib/claimlane && chown 1000:1000 /var/lib/claimlane
COPY --from=production-modules /app/node_modules ./node_modules
# tsconfig.base.json marks the root the worker finds its prebuilt bundle from.
COPY --from=build /app/package.json /app/tsconfig.base.json ./
COPY --from=build /app/dist/apps ./dist/apps
COPY --from=build /app/dist/libs ./dist/libs
COPY --from=build /app/dist/migrations ./dist/migrations
COPY --from=build /app/dist/workflow-bundle ./dist/workflow-bundle
COPY --from=build /app/libs/server/letters/assets ./libs/server/letters/assets
COPY deploy/docker/docker-entrypoint.sh /usr/local/bin/claimlane-entrypoint
USER 1000:1000
# No HTTP health endpoint of its own: the orchestrator probes the metrics port (deploy/helm); the
# worker exits non-zero when its Temporal connection fails for good.
HEALTHCHECK NONE
ENTRYPOINT ["claimlane-entrypoint"]
CMD ["node", "dist/apps/temporal-worker/src/main.js"]
