# The actorgraph app (ingestion, API and viewer) for docker-compose; Neo4j runs in its own container.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund
COPY server ./server
COPY cypher ./cypher
COPY data ./data
COPY neo4j-local/*.ts ./neo4j-local/
COPY --from=build /app/dist/client ./dist/client
EXPOSE 3000
# Node itself is the main process, so SIGTERM from `docker stop` reaches the server and it drains (see README).
CMD ["node", "--import", "tsx", "server/cli/start.ts"]
