# The actorgraph app (ingestion + server) for docker-compose; Neo4j runs in its own container.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
EXPOSE 3000
CMD ["npm", "start"]
