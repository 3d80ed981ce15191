# syntax=docker/dockerfile:1
# Build: a static, CGO-free binary.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN CGO_ENABLED=0 go build -tags goolm -trimpath -ldflags "-s -w -X main.Version=${VERSION}" -o /out/briefbot ./cmd/briefbot

# Run: a minimal image with CA certificates, as a non-root user.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/briefbot /usr/local/bin/briefbot
WORKDIR /home/nonroot
ENV BRIEFBOT_DATA_DIR=/home/nonroot/data \
    BRIEFBOT_HTTP_ADDR=0.0.0.0:8080
EXPOSE 8080
USER nonroot:nonroot
ENTRYPOINT ["/usr/local/bin/briefbot"]
CMD ["serve"]
