# syntax=docker/dockerfile:1
# One-shot migrator: applies every migration to DATABASE_URL as the owner and creates/updates the
# runtime role claimlane_app (APP_DB_PASSWORD). Run before each API/worker rollout
# (compose: the `migrate` service; Helm: the pre-install/pre-upgrade Job).
# Build from the repository root: docker build -f deploy/docker/migrations.Dockerfile -t claimlane/migrations .
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
ENV NODE_ENV=production
WORKDIR /app
COPY --from=production-modules /app/node_modules ./node_modules
COPY --from=build /app/package.json /app/tsconfig.base.json ./
COPY --from=build /app/dist/libs ./dist/libs
COPY --from=build /app/dist/migrations ./dist/migrations
COPY deploy/docker/docker-entrypoint.sh /usr/local/bin/claimlane-entrypoint
USER 1000:1000
# A job that exits when done: there is nothing to probe.
HEALTHCHECK NONE
ENTRYPOINT ["claimlane-entrypoint"]
CMD ["node", "dist/libs/server/db/src/cli/migrate.cli.js"]
