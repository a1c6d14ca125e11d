// The --help texts that are longer than an option's one line.

const BASE_IMAGES = `Base images: each FROM image is looked up in its registry (Docker Hub for debian:bookworm), so
figures about its files and its ENV can be known. Over the network go the image's manifest and
config and each layer not yet indexed (streamed, never stored); an index of its files is kept in
\$XDG_CACHE_HOME/dflint (else ~/.cache/dflint), so a cached base costs no request. An image
that cannot be resolved leaves those figures unknown, with one note on stderr; the exit code
is unchanged. --offline (config offline: true, DFLINT_OFFLINE=1) resolves nothing.`;

export const EPILOG = `Exit codes:
  0  no finding at or above the failure threshold
  1  findings at or above the failure threshold, or more warnings than --max-warnings
  2  usage, configuration or input error (a message on stderr)

Options take one value each (a list: comma-separated, or the flag repeated); the words after
the value, and every word after --, are files: dflint --disable DL3059 Dockerfile lints Dockerfile.

Config: the nearest .dflintrc.json, .dflintrc.yaml, .dflintrc.yml or package.json "dflint" key above
each Dockerfile, over the nearest .hadolint.yaml; the command line wins over both. dflint --init
writes a starter; dflint --print-config FILE shows what applies to FILE. A config with
extends: dflint:strict also reports merges that save only a layer (left out by default).

${BASE_IMAGES}

Suppress a finding in the Dockerfile with a comment line before the instruction:
  # dflint-ignore consecutive-run        this instruction only
  # dflint-ignore-file maintainer-deprecated
  # hadolint ignore=DL3042                 a code: that code's findings only (pip's, not apt's)
  # check=skip=JSONArgsRecommended         BuildKit's directive, at the top (docs/directives.md)

ShellCheck: the shellcheck rule runs the shellcheck binary on PATH (DFLINT_SHELLCHECK=/path names
another; DFLINT_SHELLCHECK=0 goes without) over each RUN script; its codes work like hadolint's
(--disable SC2086, # hadolint ignore=SC2086). Without the binary: one note on stderr, nothing else.

Fixes: a safe fix keeps the built image identical (same files, same metadata); an unsafe one may
change it, so it applies only with --unsafe-fixes.
  --fix           rewrites each file in place (atomically, keeping mode, owner, line endings), then
                  reports the problems left; the exit code comes from those. A file that changed
                  while dflint fixed it, a read-only one (unless --fix-read-only) or one with hard
                  links (a replace would split them) is left as it is, with a message: exit 2
  --fix -         reads stdin and prints the fixed text to stdout, nothing else; exits 0
  --fix-dry-run   prints a unified diff (--- a/<file> +++ b/<file>) of what --fix would change, then
                  the problems that would be left; writes nothing`;

export const LAYERS_EPILOG = `Exit codes:
  0  the report was printed (layers reports; it does not fail on waste)
  2  usage or input error: no such file or context directory, unknown --target (a message on stderr)

Wasted bytes: bytes a layer stores that a later instruction hides (deletes, overwrites, chmods).

${BASE_IMAGES}
The registry keys of the Dockerfile's config apply (see docs/configuration.md); the flags win.`;

export const MAX_FILE_SIZE_HELP = 'Refuse a Dockerfile larger than this (e.g. 20MB, 512KB, or bytes) without reading it, or with more lines than one per 200 bytes of it; default: the config\'s maxFileSize, else 10MB';
