# Runway's container image, for the Kubernetes Job in docs/kubernetes/ (or any
# container runner):
#
#   docker build -t registry.example/runway:0.3.0 .
#   docker run --rm -v "$PWD:/work" registry.example/runway:0.3.0 run experiments/launch-day.yaml
#
# NOT BUILT HERE: the project's own machines have a Docker client but no Docker
# engine, so neither `make test` nor CI builds this file; build and smoke-test
# it (`docker run --rm IMAGE --version`) where an engine runs.
#
# Two stages: Swift's Debian bookworm image compiles; Debian bookworm-slim
# runs, with Swift's runtime libraries copied from the first stage and GSL from
# Debian (GPL-3.0-or-later, like Runway: see LICENSE).
ARG SWIFT_IMAGE=swift:6.3-bookworm

FROM ${SWIFT_IMAGE} AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends libgsl-dev pkg-config \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Package.swift ./
COPY Sources ./Sources
RUN swift build -c release --product runway \
 && install -D -m 755 "$(swift build -c release --show-bin-path)/runway" /staging/usr/local/bin/runway \
 && mkdir -p /staging/usr/lib/swift/linux \
 && cp -a /usr/lib/swift/linux/*.so* /staging/usr/lib/swift/linux/

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends libgsl27 libgslcblas0 libstdc++6 \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /staging/ /
COPY LICENSE /usr/share/doc/runway/LICENSE
RUN echo /usr/lib/swift/linux > /etc/ld.so.conf.d/swift.conf && ldconfig \
 && runway --version
# Experiments, models and results live on a mounted volume.
WORKDIR /work
ENTRYPOINT ["runway"]
CMD ["--help"]
