# casegraph's application image: the API, the built client and the job workers, driving Debian's
# Chromium. Neo4j and Redis run as their own official images (see docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
# Never let puppeteer fetch a browser: casegraph drives the distribution's Chromium.
ENV PUPPETEER_SKIP_DOWNLOAD=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
RUN apt-get update \
  && apt-get install -y --no-install-recommends chromium fonts-dejavu-core ca-certificates tini \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    CASEGRAPH_DATA_DIR=/var/lib/casegraph \
    CHROMIUM_PATH=/usr/bin/chromium
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/policy ./policy
COPY --from=build /app/graph/migrations ./graph/migrations
COPY --from=build /app/server/graphql/modules ./server/graphql/modules
RUN useradd --system --home /var/lib/casegraph casegraph \
  && mkdir -p /var/lib/casegraph && chown casegraph /var/lib/casegraph
USER casegraph
VOLUME ["/var/lib/casegraph"]
EXPOSE 4000
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "--max-semi-space-size=64", "dist/server/main.js"]
