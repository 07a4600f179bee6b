# syntax=docker/dockerfile:1
# The API; it also serves the web app's build (dist/web) from its own origin.
# Build from the repository root: docker build -f deploy/docker/api.Dockerfile -t claimlane/api .
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund \
 && node scripts/build.mjs \
 && node scripts/build-web.mjs --force

# Same tree, development packages removed: only `dependencies` reach the final image.
FROM build AS production-modules
RUN npm prune --omit=dev --no-audit --no-fund \
 && rm -rf node_modules/@claimlane

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    DATA_DIR=/var/lib/claimlane \
    WEB_DIST_DIR=/app/dist/web
WORKDIR /app
RUN mkdir -p /var/lib/claimlane && chown 1000:1000 /var/lib/claimlane
COPY --from=production-modules /app/node_modules ./node_modules
COPY --from=build /app/package.json /app/tsconfig.base.json ./
COPY --from=build /app/dist/apps ./dist/apps
COPY --from=build /app/dist/libs ./dist/libs
COPY --from=build /app/dist/migrations ./dist/migrations
COPY --from=build /app/dist/web ./dist/web
COPY --from=build /app/libs/server/letters/assets ./libs/server/letters/assets
COPY deploy/docker/docker-entrypoint.sh /usr/local/bin/claimlane-entrypoint
# uid 1000 is the image's `node` user; numeric so Kubernetes can verify runAsNonRoot.
USER 1000:1000
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["claimlane-entrypoint"]
CMD ["node", "--max-semi-space-size=32", "dist/apps/api/src/main.js"]
