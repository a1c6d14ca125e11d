#!/usr/bin/env bash
# Builds a Dockerfile directory into a real layered image without a Docker engine or a registry,
# and exports it as a docker-archive tarball: buildah (overlay storage, like Docker's overlay2;
# chroot isolation) + skopeo. Run as root. The Dockerfile's FROM lines may name `busybox` and
# `debian:bookworm` (made locally once, each exactly one base layer, and cached) or earlier stages.
#
# usage: build-image.sh CONTEXT_DIR OUT.docker.tar
#        build-image.sh --check      only check that this machine can build (root, tools, overlay)
#        build-image.sh --push-bases HOST:PORT [busybox] [debian]   make the bases named (default:
#                                    both) when not cached, and push them over plain http as
#                                    HOST:PORT/library/busybox:latest and HOST:PORT/library/debian:bookworm
# env:   DFLINT_GT_HOME  storage and base-image cache (default /tmp/dflint-gt)
# exit:  0 built; 1 build failed (log tail on stderr); 3 this machine cannot build (reason on stderr)
#
# Storage is overlay, never vfs: with vfs a chmod that does not change the mode stores nothing,
# while overlay (and Docker's overlay2) copies the whole file up, which is what dflint predicts.
set -euo pipefail

home="${DFLINT_GT_HOME:-/tmp/dflint-gt}"
storage=(--root "$home/storage" --runroot "$home/runroot" --storage-driver overlay)
skopeo_store="containers-storage:[overlay@$home/storage+$home/runroot]"

cannot() { echo "build-image.sh: $*" >&2; exit 3; }
[ "$(id -u)" = 0 ] || cannot "needs root (buildah with chroot isolation and overlay mounts)"
for tool in buildah skopeo; do command -v "$tool" >/dev/null || cannot "$tool is not installed"; done
mkdir -p "$home"

driver="$(buildah "${storage[@]}" info --format '{{.store.GraphDriverName}}' 2>&1)" \
  || cannot "overlay storage does not work here: $driver"
[ "$driver" = overlay ] || cannot "storage driver is '$driver', not overlay"

# buildah can report overlay and still fail to mount it (e.g. overlay on overlay inside a container)
probe="$(mktemp -d "$home/overlay-probe.XXXXXX")"
mkdir "$probe"/{lower,upper,work,merged}
mount -t overlay overlay -o "lowerdir=$probe/lower,upperdir=$probe/upper,workdir=$probe/work" "$probe/merged" 2>"$probe/error" \
  || cannot "the kernel refuses an overlay mount on $home: $(cat "$probe/error")"
umount "$probe/merged"
rm -rf "$probe"
[ "${1:-}" = --check ] && exit 0

# One build at a time per cache: base creation and pruning must not race another run.
exec 9>"$home/lock"
flock 9

have_image() { buildah "${storage[@]}" inspect --type image "$1" >/dev/null 2>&1; }

# FROM scratch + ADD of one rootfs tarball: exactly one base layer (ENV lines add none).
commit_base() { # rootfs-dir tag cmd [ENV-line...]
  local dir tag="$2" cmd="$3"
  dir="$(dirname "$1")"
  tar --numeric-owner --owner=0 --group=0 -C "$1" -cf "$dir/rootfs.tar" .
  {
    printf 'FROM scratch\nADD rootfs.tar /\n'
    [ $# -le 3 ] || printf 'ENV %s\n' "${@:4}"
    printf 'CMD ["%s"]\n' "$cmd"
  } > "$dir/Dockerfile"
  buildah "${storage[@]}" bud -q --isolation chroot --layers --format docker -t "$tag" "$dir" >/dev/null
  rm -rf "$1" "$dir/rootfs.tar"
}

make_busybox() {
  [ -x /bin/busybox ] && /bin/busybox --list | grep -qx dd || cannot "static /bin/busybox missing (apt-get install busybox-static)"
  local work="$home/bases/busybox"
  rm -rf "$work"; mkdir -p "$work/rootfs"
  (
    cd "$work/rootfs"
    mkdir -p bin dev etc home mnt opt proc root run sys tmp usr/bin var
    chmod 1777 tmp
    cp /bin/busybox bin/busybox
    for applet in $(bin/busybox --list); do [ "$applet" = busybox ] || ln -s busybox "bin/$applet"; done
    printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' > etc/passwd
    printf 'root:x:0:\nnogroup:x:65534:\n' > etc/group
    : > etc/hosts; : > etc/hostname; : > etc/resolv.conf
  )
  commit_base "$work/rootfs" localhost/busybox:latest sh
}

make_debian() {
  command -v debootstrap >/dev/null || cannot "debootstrap is not installed"
  local work="$home/bases/debian" mirror rootfs
  mirror="$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)"
  rm -rf "$work"; mkdir -p "$work"
  rootfs="$work/rootfs"
  debootstrap --variant=minbase bookworm "$rootfs" "${mirror:-http://deb.debian.org/debian}" > "$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
  # what the official debian image configures: no package caches or translations kept
  local clean='"rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true";'
  printf 'DPkg::Post-Invoke { %s };\nAPT::Update::Post-Invoke { %s };\nDir::Cache::pkgcache "";\nDir::Cache::srcpkgcache "";\n' \
    "$clean" "$clean" > "$rootfs/etc/apt/apt.conf.d/docker-clean"
  echo 'Acquire::GzipIndexes "true";' > "$rootfs/etc/apt/apt.conf.d/docker-gzip-indexes"
  echo 'Acquire::Languages "none";' > "$rootfs/etc/apt/apt.conf.d/docker-no-languages"
  rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/*.bin "$rootfs"/var/cache/apt/archives/*.deb \
    "$rootfs"/var/log/*.log "$rootfs"/tmp/*
  : > "$rootfs/etc/hostname"; : > "$rootfs/etc/hosts"; : > "$rootfs/etc/resolv.conf"
  # an ENV a later path can use, as the golang image sets it up (its Go toolchain left out)
  mkdir -p "$rootfs/go/src" "$rootfs/go/bin" && chmod -R 1777 "$rootfs/go"
  commit_base "$rootfs" localhost/debian:bookworm bash GOPATH=/go \
    PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
}

# A cached base is rebuilt when its recipe (the functions that make it) changes.
base_is_current() { # tag make-function
  local marker recipe
  marker="$home/bases/$(tr -c 'a-z0-9\n' '-' <<<"$1").recipe"
  recipe="$(declare -f "$2" commit_base | sha256sum | cut -c1-16)"
  if have_image "$1" && [ "$(cat "$marker" 2>/dev/null)" = "$recipe" ]; then return 0; fi
  buildah "${storage[@]}" rmi -f "$1" >/dev/null 2>&1 || true
  mkdir -p "$home/bases"; echo "$recipe" > "$marker.next"
  return 1
}
record_base() { local marker; marker="$home/bases/$(tr -c 'a-z0-9\n' '-' <<<"$1").recipe"; mv "$marker.next" "$marker"; }

ensure_busybox() {
  if ! base_is_current localhost/busybox:latest make_busybox; then make_busybox; record_base localhost/busybox:latest; fi
}
ensure_debian() {
  if ! base_is_current localhost/debian:bookworm make_debian; then make_debian; record_base localhost/debian:bookworm; fi
}

if [ "${1:-}" = --push-bases ]; then
  registry="${2:?--push-bases needs HOST:PORT}"
  bases=("${@:3}")
  [ ${#bases[@]} -gt 0 ] || bases=(busybox debian)
  for base in "${bases[@]}"; do
    case "$base" in
      busybox) ensure_busybox; image=busybox:latest ;;
      debian) ensure_debian; image=debian:bookworm ;;
      *) echo "build-image.sh: no base named '$base'" >&2; exit 1 ;;
    esac
    skopeo copy -q --dest-tls-verify=false "${skopeo_store}localhost/$image" "docker://$registry/library/$image"
  done
  exit 0
fi

context="$(readlink -f "$1")"
out="$(readlink -m "$2")"
name="$(basename "$context" | tr 'A-Z' 'a-z' | tr -c 'a-z0-9_.\n-' '-')"
mkdir -p "$(dirname "$out")"

froms="$(sed -n 's/^[[:space:]]*[Ff][Rr][Oo][Mm][[:space:]]\+\(--[^[:space:]]*[[:space:]]\+\)*\([^[:space:]]*\).*/\2/p' "$context/Dockerfile")"
if grep -qx 'busybox\(:latest\)\?' <<<"$froms"; then ensure_busybox; fi
if grep -qx 'debian:bookworm' <<<"$froms"; then ensure_debian; fi

tag="localhost/dflint-gt-$name:latest"
log="${out%.docker.tar}.build.log"
buildah "${storage[@]}" bud --isolation chroot --pull=never --layers --no-cache --format docker \
  -t "$tag" "$context" > "$log" 2>&1 || { tail -20 "$log" >&2; exit 1; }
rm -f "$out"
skopeo copy -q "$skopeo_store$tag" "docker-archive:$out:$tag"
# keep the cache to the two bases: drop this image and its intermediate layer images
buildah "${storage[@]}" rmi "$tag" >/dev/null
buildah "${storage[@]}" rmi --prune >/dev/null 2>&1 || true
