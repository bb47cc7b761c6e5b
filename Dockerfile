# syntax=docker/dockerfile:1

# Build stage: install everything, compile TypeScript, then drop dev dependencies.
FROM node:20.20-bookworm-slim AS build
WORKDIR /app
# python3, make and g++ build native addons (better-sqlite3) when no prebuilt binary fits.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY commands ./commands
RUN npm run build && npm prune --omit=dev

# Runtime stage: compiled code, production dependencies and the bundled listing, as a non-root user.
FROM node:20.20-bookworm-slim
ENV NODE_ENV=production \
    ARXIVIST_DATA_DIR=/app/data \
    PORT=8080
WORKDIR /app
# tini is PID 1: it forwards SIGTERM to node and reaps zombies, so shutdown is graceful.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY fixtures ./fixtures
COPY bin ./bin
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 8080
# /healthz answers 200 when the index is loaded and the store answers (no curl in the image: node fetches).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "--heap-growing-percent=30", "dist/src/app/main.js"]
