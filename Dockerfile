# syntax=docker/dockerfile:1
# Build: a static, CGO-free binary.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN CGO_ENABLED=0 go build -tags goolm -trimpath -ldflags "-s -w -X main.Version=${VERSION}" -o /out/briefbot ./cmd/briefbot
# The data directory, made here because the run image has no shell: owned
# by the run user (distroless nonroot, 65532) and private to it, so that a
# volume mounted on it starts out writable by the bot.
RUN mkdir -m 0700 /out/data

# Run: a minimal image with CA certificates, as a non-root user.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/briefbot /usr/local/bin/briefbot
COPY --from=build --chown=65532:65532 /out/data /home/nonroot/data
WORKDIR /home/nonroot
ENV BRIEFBOT_DATA_DIR=/home/nonroot/data \
    BRIEFBOT_HTTP_ADDR=0.0.0.0:8080
EXPOSE 8080
# The SQLite database and the bot's local state live here.
VOLUME ["/home/nonroot/data"]
USER nonroot:nonroot
# Healthy when ready: the store answers, the job queue runs and each chat
# adapter is connected (GET /readyz, which `briefbot health` asks).
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["/usr/local/bin/briefbot", "health"]
ENTRYPOINT ["/usr/local/bin/briefbot"]
CMD ["serve"]
