// @ts-nocheck
/* eslint-disable */
// Generated from schema.ts by `npm run docs` (ajv standalone code); do not edit. A test fails when it is stale.
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"dflint configuration","description":"A .dflintrc.json, .dflintrc.yaml or .dflintrc.yml file, or the \"dflint\" key of package.json. The nearest one above a Dockerfile applies to it.","type":"object","properties":{"$schema":{"description":"The schema this file follows, for editors.","type":"string"},"extends":{"description":"`dflint:strict`: also report what the default profile leaves out as noise (consecutive RUNs, ENVs or LABELs whose merge saves no bytes). This file's `rules` and `overrides` apply over it.","enum":["dflint:strict"]},"rules":{"$ref":"#/definitions/rules"},"ignorePatterns":{"description":"Dockerfiles not to lint: .gitignore-style patterns, relative to the folder of this config file.","type":"array","items":{"type":"string"}},"overrides":{"description":"Rule settings for some files only; a later override wins over an earlier one and over `rules`.","type":"array","items":{"type":"object","properties":{"files":{"description":"The Dockerfiles it applies to: .gitignore-style patterns, relative to the folder of this config file.","type":["string","array"],"items":{"type":"string"},"minItems":1},"rules":{"$ref":"#/definitions/rules"}},"required":["files"],"additionalProperties":false}},"context":{"description":"The build context COPY and ADD read from, relative to the folder of this config file (default: each Dockerfile's folder). --context wins over it.","type":"string"},"failureThreshold":{"description":"Exit 1 when a finding is at or above this severity (`none`: never); default `info`. --failure-threshold wins over it.","enum":["error","warning","info","style","none"]},"maxFileSize":{"title":"a size such as 20MB, 512KB or a number of bytes","description":"The largest Dockerfile dflint reads: a number of bytes, or a size with K, M or G (powers of 1024); default 10MB. A larger file is an error (exit 2) and is not read; so is a file with more lines than one per 200 bytes of the limit. --max-file-size wins over it.","type":["integer","string"],"minimum":1,"pattern":"^\\s*\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG]([iI]?[bB])?)?\\s*$"},"offline":{"description":"Resolve no base image and fetch no package index over the network (nor from the cache): figures that need them are unknown, \"base image not resolved (offline)\", \"package index not fetched (offline)\". --offline and DFLINT_OFFLINE=1 do the same; --no-offline wins over it.","type":"boolean"},"registryMirrors":{"description":"Registry → mirror URL, e.g. `{\"docker.io\": \"https://mirror.example.com\"}`: images of that registry are fetched from the mirror, as Docker's registry-mirrors. Plain http:// only for localhost, 127.0.0.1 and `insecureRegistries`. --registry-mirror REGISTRY=URL adds to them and wins for its registry.","title":"registry → URL","type":"object","additionalProperties":{"title":"an http:// or https:// URL","type":"string","pattern":"^[hH][tT][tT][pP][sS]?://[^\\s/]"}},"insecureRegistries":{"description":"Registries (host or host:port) spoken to over plain http; localhost and 127.0.0.1 always are. --insecure-registry adds to them.","type":"array","items":{"type":"string","minLength":1}},"networkBudget":{"title":"a size such as 1GB, 500MiB or a number of bytes","description":"The compressed layer bytes one run may download (K, M or G; powers of 1024); default 1GB. A base image whose layers are not cached and do not fit stays unresolved, with a note; 0 downloads no layer (only cached base images resolve). --network-budget wins over it.","type":["integer","string"],"minimum":0,"pattern":"^\\s*\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG]([iI]?[bB])?)?\\s*$"},"platform":{"title":"a platform such as linux/amd64, linux/arm64 or linux/arm/v7","description":"The platform the image is built for (docker build --platform), which picks a base image's manifest and sets $TARGETPLATFORM; default: this machine's (linux/<its architecture>). --platform wins over it.","type":"string","pattern":"^\\s*[\\w.-]+/[\\w.-]+(/[\\w.-]+)?\\s*$"}},"additionalProperties":false,"definitions":{"severity":{"title":"severity","description":"`off` switches the rule off; any other severity switches it on at that severity.","enum":["error","warning","info","style","off"]},"rules":{"description":"Rule settings by rule name, or by a hadolint/BuildKit code the rule aliases: a severity, or `[severity, options]`. Rules not named keep their default severity.","type":"object","properties":{"add-instead-of-copy":{"$ref":"#/definitions/rule-add-instead-of-copy"},"apt-in-script":{"$ref":"#/definitions/rule-apt-in-script"},"apt-install-recommends":{"$ref":"#/definitions/rule-apt-install-recommends"},"apt-update-alone":{"$ref":"#/definitions/rule-apt-update-alone"},"archive-copy-extract":{"$ref":"#/definitions/rule-archive-copy-extract"},"cache-bust-order":{"$ref":"#/definitions/rule-cache-bust-order"},"cd-in-run":{"$ref":"#/definitions/rule-cd-in-run"},"chmod-after-copy":{"$ref":"#/definitions/rule-chmod-after-copy"},"consecutive-run":{"$ref":"#/definitions/rule-consecutive-run"},"copy-context-bloat":{"$ref":"#/definitions/rule-copy-context-bloat"},"copy-from-own-stage":{"$ref":"#/definitions/rule-copy-from-own-stage"},"copy-from-unknown-stage":{"$ref":"#/definitions/rule-copy-from-unknown-stage"},"copy-ignored-file":{"$ref":"#/definitions/rule-copy-ignored-file"},"copy-multiple-sources-dest":{"$ref":"#/definitions/rule-copy-multiple-sources-dest"},"copy-relative-without-workdir":{"$ref":"#/definitions/rule-copy-relative-without-workdir"},"copy-whole-stage":{"$ref":"#/definitions/rule-copy-whole-stage"},"curl-and-wget":{"$ref":"#/definitions/rule-curl-and-wget"},"delete-after-add":{"$ref":"#/definitions/rule-delete-after-add"},"duplicate-stage-name":{"$ref":"#/definitions/rule-duplicate-stage-name"},"empty-continuation":{"$ref":"#/definitions/rule-empty-continuation"},"env-self-reference":{"$ref":"#/definitions/rule-env-self-reference"},"from-as-casing":{"$ref":"#/definitions/rule-from-as-casing"},"from-platform-flag":{"$ref":"#/definitions/rule-from-platform-flag"},"hadolint-ignore-pragma":{"$ref":"#/definitions/rule-hadolint-ignore-pragma"},"install-without-yes":{"$ref":"#/definitions/rule-install-without-yes"},"instruction-casing":{"$ref":"#/definitions/rule-instruction-casing"},"invalid-default-arg-in-from":{"$ref":"#/definitions/rule-invalid-default-arg-in-from"},"invalid-expose":{"$ref":"#/definitions/rule-invalid-expose"},"invalid-label-key":{"$ref":"#/definitions/rule-invalid-label-key"},"label-schema":{"$ref":"#/definitions/rule-label-schema"},"layer-count":{"$ref":"#/definitions/rule-layer-count"},"legacy-key-value":{"$ref":"#/definitions/rule-legacy-key-value"},"maintainer-deprecated":{"$ref":"#/definitions/rule-maintainer-deprecated"},"metadata-merge":{"$ref":"#/definitions/rule-metadata-merge"},"missing-healthcheck":{"$ref":"#/definitions/rule-missing-healthcheck"},"non-numeric-user":{"$ref":"#/definitions/rule-non-numeric-user"},"onbuild-forbidden-trigger":{"$ref":"#/definitions/rule-onbuild-forbidden-trigger"},"package-cache":{"$ref":"#/definitions/rule-package-cache"},"pipe-without-pipefail":{"$ref":"#/definitions/rule-pipe-without-pipefail"},"pointless-command":{"$ref":"#/definitions/rule-pointless-command"},"redundant-target-platform":{"$ref":"#/definitions/rule-redundant-target-platform"},"relative-workdir":{"$ref":"#/definitions/rule-relative-workdir"},"repeated-instruction":{"$ref":"#/definitions/rule-repeated-instruction"},"reserved-stage-name":{"$ref":"#/definitions/rule-reserved-stage-name"},"root-user":{"$ref":"#/definitions/rule-root-user"},"secret-in-arg-env":{"$ref":"#/definitions/rule-secret-in-arg-env"},"shell-form-cmd":{"$ref":"#/definitions/rule-shell-form-cmd"},"shell-symlink":{"$ref":"#/definitions/rule-shell-symlink"},"shellcheck":{"$ref":"#/definitions/rule-shellcheck"},"stage-description-format":{"$ref":"#/definitions/rule-stage-description-format"},"stage-name-casing":{"$ref":"#/definitions/rule-stage-name-casing"},"sudo-in-run":{"$ref":"#/definitions/rule-sudo-in-run"},"syntax-error":{"$ref":"#/definitions/rule-syntax-error"},"undefined-arg-in-from":{"$ref":"#/definitions/rule-undefined-arg-in-from"},"undefined-var":{"$ref":"#/definitions/rule-undefined-var"},"unpinned-base-image":{"$ref":"#/definitions/rule-unpinned-base-image"},"unpinned-package":{"$ref":"#/definitions/rule-unpinned-package"},"unpinned-remote":{"$ref":"#/definitions/rule-unpinned-remote"},"untrusted-registry":{"$ref":"#/definitions/rule-untrusted-registry"},"useradd-without-no-log-init":{"$ref":"#/definitions/rule-useradd-without-no-log-init"},"volatile-arg-early":{"$ref":"#/definitions/rule-volatile-arg-early"},"wget-without-progress":{"$ref":"#/definitions/rule-wget-without-progress"},"zypper-dist-upgrade":{"$ref":"#/definitions/rule-zypper-dist-upgrade"},"DL3020":{"description":"DL3020 is an alias of add-instead-of-copy: the setting applies to that rule.","$ref":"#/definitions/rule-add-instead-of-copy"},"DL3027":{"description":"DL3027 is an alias of apt-in-script: the setting applies to that rule.","$ref":"#/definitions/rule-apt-in-script"},"DL3015":{"description":"DL3015 is an alias of apt-install-recommends: the setting applies to that rule.","$ref":"#/definitions/rule-apt-install-recommends"},"DL3010":{"description":"DL3010 is an alias of archive-copy-extract: the setting applies to that rule.","$ref":"#/definitions/rule-archive-copy-extract"},"DL3003":{"description":"DL3003 is an alias of cd-in-run: the setting applies to that rule.","$ref":"#/definitions/rule-cd-in-run"},"DL3059":{"description":"DL3059 is one of the codes of consecutive-run: its severity applies to that rule's DL3059 findings only.","$ref":"#/definitions/rule-consecutive-run"},"DL3023":{"description":"DL3023 is an alias of copy-from-own-stage: the setting applies to that rule.","$ref":"#/definitions/rule-copy-from-own-stage"},"DL3022":{"description":"DL3022 is an alias of copy-from-unknown-stage: the setting applies to that rule.","$ref":"#/definitions/rule-copy-from-unknown-stage"},"CopyIgnoredFile":{"description":"CopyIgnoredFile is an alias of copy-ignored-file: the setting applies to that rule.","$ref":"#/definitions/rule-copy-ignored-file"},"DL3021":{"description":"DL3021 is an alias of copy-multiple-sources-dest: the setting applies to that rule.","$ref":"#/definitions/rule-copy-multiple-sources-dest"},"DL3045":{"description":"DL3045 is an alias of copy-relative-without-workdir: the setting applies to that rule.","$ref":"#/definitions/rule-copy-relative-without-workdir"},"DL3067":{"description":"DL3067 is an alias of copy-whole-stage: the setting applies to that rule.","$ref":"#/definitions/rule-copy-whole-stage"},"DL4001":{"description":"DL4001 is an alias of curl-and-wget: the setting applies to that rule.","$ref":"#/definitions/rule-curl-and-wget"},"DL3024":{"description":"DL3024 is an alias of duplicate-stage-name: the setting applies to that rule.","$ref":"#/definitions/rule-duplicate-stage-name"},"DuplicateStageName":{"description":"DuplicateStageName is an alias of duplicate-stage-name: the setting applies to that rule.","$ref":"#/definitions/rule-duplicate-stage-name"},"NoEmptyContinuation":{"description":"NoEmptyContinuation is an alias of empty-continuation: the setting applies to that rule.","$ref":"#/definitions/rule-empty-continuation"},"DL3044":{"description":"DL3044 is an alias of env-self-reference: the setting applies to that rule.","$ref":"#/definitions/rule-env-self-reference"},"FromAsCasing":{"description":"FromAsCasing is an alias of from-as-casing: the setting applies to that rule.","$ref":"#/definitions/rule-from-as-casing"},"DL3029":{"description":"DL3029 is one of the codes of from-platform-flag: its severity applies to that rule's DL3029 findings only.","$ref":"#/definitions/rule-from-platform-flag"},"FromPlatformFlagConstDisallowed":{"description":"FromPlatformFlagConstDisallowed is one of the codes of from-platform-flag: its severity applies to that rule's FromPlatformFlagConstDisallowed findings only.","$ref":"#/definitions/rule-from-platform-flag"},"DL1001":{"description":"DL1001 is an alias of hadolint-ignore-pragma: the setting applies to that rule.","$ref":"#/definitions/rule-hadolint-ignore-pragma"},"DL3014":{"description":"DL3014 is one of the codes of install-without-yes: its severity applies to that rule's DL3014 findings only.","$ref":"#/definitions/rule-install-without-yes"},"DL3030":{"description":"DL3030 is one of the codes of install-without-yes: its severity applies to that rule's DL3030 findings only.","$ref":"#/definitions/rule-install-without-yes"},"DL3034":{"description":"DL3034 is one of the codes of install-without-yes: its severity applies to that rule's DL3034 findings only.","$ref":"#/definitions/rule-install-without-yes"},"DL3038":{"description":"DL3038 is one of the codes of install-without-yes: its severity applies to that rule's DL3038 findings only.","$ref":"#/definitions/rule-install-without-yes"},"ConsistentInstructionCasing":{"description":"ConsistentInstructionCasing is an alias of instruction-casing: the setting applies to that rule.","$ref":"#/definitions/rule-instruction-casing"},"InvalidDefaultArgInFrom":{"description":"InvalidDefaultArgInFrom is an alias of invalid-default-arg-in-from: the setting applies to that rule.","$ref":"#/definitions/rule-invalid-default-arg-in-from"},"DL3011":{"description":"DL3011 is one of the codes of invalid-expose: its severity applies to that rule's DL3011 findings only.","$ref":"#/definitions/rule-invalid-expose"},"ExposeInvalidFormat":{"description":"ExposeInvalidFormat is one of the codes of invalid-expose: its severity applies to that rule's ExposeInvalidFormat findings only.","$ref":"#/definitions/rule-invalid-expose"},"ExposeProtoCasing":{"description":"ExposeProtoCasing is one of the codes of invalid-expose: its severity applies to that rule's ExposeProtoCasing findings only.","$ref":"#/definitions/rule-invalid-expose"},"DL3048":{"description":"DL3048 is an alias of invalid-label-key: the setting applies to that rule.","$ref":"#/definitions/rule-invalid-label-key"},"DL3049":{"description":"DL3049 is one of the codes of label-schema: its severity applies to that rule's DL3049 findings only.","$ref":"#/definitions/rule-label-schema"},"DL3050":{"description":"DL3050 is one of the codes of label-schema: its severity applies to that rule's DL3050 findings only.","$ref":"#/definitions/rule-label-schema"},"DL3051":{"description":"DL3051 is one of the codes of label-schema: its severity applies to that rule's DL3051 findings only.","$ref":"#/definitions/rule-label-schema"},"DL3052":{"description":"DL3052 is one of the codes of label-schema: its severity applies to that rule's DL3052 findings only.","$ref":"#/definitions/rule-label-schema"},"DL3053":{"description":"DL3053 is one of the codes of label-schema: its severity applies to that rule's DL3053 findings only.","$ref":"#/definitions/rule-label-schema"},"DL3054":{"description":"DL3054 is one of the codes of label-schema: its severity applies to that rule's DL3054 findings only.","$ref":"#/definitions/rule-label-schema"},"DL3055":{"description":"DL3055 is one of the codes of label-schema: its severity applies to that rule's DL3055 findings only.","$ref":"#/definitions/rule-label-schema"},"DL3056":{"description":"DL3056 is one of the codes of label-schema: its severity applies to that rule's DL3056 findings only.","$ref":"#/definitions/rule-label-schema"},"DL3058":{"description":"DL3058 is one of the codes of label-schema: its severity applies to that rule's DL3058 findings only.","$ref":"#/definitions/rule-label-schema"},"LegacyKeyValueFormat":{"description":"LegacyKeyValueFormat is an alias of legacy-key-value: the setting applies to that rule.","$ref":"#/definitions/rule-legacy-key-value"},"DL4000":{"description":"DL4000 is an alias of maintainer-deprecated: the setting applies to that rule.","$ref":"#/definitions/rule-maintainer-deprecated"},"MaintainerDeprecated":{"description":"MaintainerDeprecated is an alias of maintainer-deprecated: the setting applies to that rule.","$ref":"#/definitions/rule-maintainer-deprecated"},"DL3057":{"description":"DL3057 is an alias of missing-healthcheck: the setting applies to that rule.","$ref":"#/definitions/rule-missing-healthcheck"},"DL3066":{"description":"DL3066 is an alias of non-numeric-user: the setting applies to that rule.","$ref":"#/definitions/rule-non-numeric-user"},"DL3043":{"description":"DL3043 is an alias of onbuild-forbidden-trigger: the setting applies to that rule.","$ref":"#/definitions/rule-onbuild-forbidden-trigger"},"DL3009":{"description":"DL3009 is one of the codes of package-cache: its severity applies to that rule's DL3009 findings only.","$ref":"#/definitions/rule-package-cache"},"DL3019":{"description":"DL3019 is one of the codes of package-cache: its severity applies to that rule's DL3019 findings only.","$ref":"#/definitions/rule-package-cache"},"DL3032":{"description":"DL3032 is one of the codes of package-cache: its severity applies to that rule's DL3032 findings only.","$ref":"#/definitions/rule-package-cache"},"DL3036":{"description":"DL3036 is one of the codes of package-cache: its severity applies to that rule's DL3036 findings only.","$ref":"#/definitions/rule-package-cache"},"DL3040":{"description":"DL3040 is one of the codes of package-cache: its severity applies to that rule's DL3040 findings only.","$ref":"#/definitions/rule-package-cache"},"DL3042":{"description":"DL3042 is one of the codes of package-cache: its severity applies to that rule's DL3042 findings only.","$ref":"#/definitions/rule-package-cache"},"DL3060":{"description":"DL3060 is one of the codes of package-cache: its severity applies to that rule's DL3060 findings only.","$ref":"#/definitions/rule-package-cache"},"DL4006":{"description":"DL4006 is an alias of pipe-without-pipefail: the setting applies to that rule.","$ref":"#/definitions/rule-pipe-without-pipefail"},"DL3001":{"description":"DL3001 is an alias of pointless-command: the setting applies to that rule.","$ref":"#/definitions/rule-pointless-command"},"DL3065":{"description":"DL3065 is an alias of redundant-target-platform: the setting applies to that rule.","$ref":"#/definitions/rule-redundant-target-platform"},"RedundantTargetPlatform":{"description":"RedundantTargetPlatform is an alias of redundant-target-platform: the setting applies to that rule.","$ref":"#/definitions/rule-redundant-target-platform"},"DL3000":{"description":"DL3000 is one of the codes of relative-workdir: its severity applies to that rule's DL3000 findings only.","$ref":"#/definitions/rule-relative-workdir"},"WorkdirRelativePath":{"description":"WorkdirRelativePath is one of the codes of relative-workdir: its severity applies to that rule's WorkdirRelativePath findings only.","$ref":"#/definitions/rule-relative-workdir"},"DL3012":{"description":"DL3012 is one of the codes of repeated-instruction: its severity applies to that rule's DL3012 findings only.","$ref":"#/definitions/rule-repeated-instruction"},"DL4003":{"description":"DL4003 is one of the codes of repeated-instruction: its severity applies to that rule's DL4003 findings only.","$ref":"#/definitions/rule-repeated-instruction"},"DL4004":{"description":"DL4004 is one of the codes of repeated-instruction: its severity applies to that rule's DL4004 findings only.","$ref":"#/definitions/rule-repeated-instruction"},"MultipleInstructionsDisallowed":{"description":"MultipleInstructionsDisallowed is one of the codes of repeated-instruction: its severity applies to that rule's MultipleInstructionsDisallowed findings only.","$ref":"#/definitions/rule-repeated-instruction"},"DL3063":{"description":"DL3063 is an alias of reserved-stage-name: the setting applies to that rule.","$ref":"#/definitions/rule-reserved-stage-name"},"ReservedStageName":{"description":"ReservedStageName is an alias of reserved-stage-name: the setting applies to that rule.","$ref":"#/definitions/rule-reserved-stage-name"},"DL3002":{"description":"DL3002 is an alias of root-user: the setting applies to that rule.","$ref":"#/definitions/rule-root-user"},"DL3064":{"description":"DL3064 is one of the codes of secret-in-arg-env: its severity applies to that rule's DL3064 findings only.","$ref":"#/definitions/rule-secret-in-arg-env"},"SecretsUsedInArgOrEnv":{"description":"SecretsUsedInArgOrEnv is one of the codes of secret-in-arg-env: its severity applies to that rule's SecretsUsedInArgOrEnv findings only.","$ref":"#/definitions/rule-secret-in-arg-env"},"DL3025":{"description":"DL3025 is one of the codes of shell-form-cmd: its severity applies to that rule's DL3025 findings only.","$ref":"#/definitions/rule-shell-form-cmd"},"JSONArgsRecommended":{"description":"JSONArgsRecommended is one of the codes of shell-form-cmd: its severity applies to that rule's JSONArgsRecommended findings only.","$ref":"#/definitions/rule-shell-form-cmd"},"DL4005":{"description":"DL4005 is an alias of shell-symlink: the setting applies to that rule.","$ref":"#/definitions/rule-shell-symlink"},"InvalidDefinitionDescription":{"description":"InvalidDefinitionDescription is an alias of stage-description-format: the setting applies to that rule.","$ref":"#/definitions/rule-stage-description-format"},"StageNameCasing":{"description":"StageNameCasing is an alias of stage-name-casing: the setting applies to that rule.","$ref":"#/definitions/rule-stage-name-casing"},"DL3004":{"description":"DL3004 is an alias of sudo-in-run: the setting applies to that rule.","$ref":"#/definitions/rule-sudo-in-run"},"DL1000":{"description":"DL1000 is one of the codes of syntax-error: its severity applies to that rule's DL1000 findings only.","$ref":"#/definitions/rule-syntax-error"},"DL3061":{"description":"DL3061 is one of the codes of syntax-error: its severity applies to that rule's DL3061 findings only.","$ref":"#/definitions/rule-syntax-error"},"UndefinedArgInFrom":{"description":"UndefinedArgInFrom is an alias of undefined-arg-in-from: the setting applies to that rule.","$ref":"#/definitions/rule-undefined-arg-in-from"},"UndefinedVar":{"description":"UndefinedVar is an alias of undefined-var: the setting applies to that rule.","$ref":"#/definitions/rule-undefined-var"},"DL3006":{"description":"DL3006 is one of the codes of unpinned-base-image: its severity applies to that rule's DL3006 findings only.","$ref":"#/definitions/rule-unpinned-base-image"},"DL3007":{"description":"DL3007 is one of the codes of unpinned-base-image: its severity applies to that rule's DL3007 findings only.","$ref":"#/definitions/rule-unpinned-base-image"},"DL3008":{"description":"DL3008 is one of the codes of unpinned-package: its severity applies to that rule's DL3008 findings only.","$ref":"#/definitions/rule-unpinned-package"},"DL3013":{"description":"DL3013 is one of the codes of unpinned-package: its severity applies to that rule's DL3013 findings only.","$ref":"#/definitions/rule-unpinned-package"},"DL3016":{"description":"DL3016 is one of the codes of unpinned-package: its severity applies to that rule's DL3016 findings only.","$ref":"#/definitions/rule-unpinned-package"},"DL3018":{"description":"DL3018 is one of the codes of unpinned-package: its severity applies to that rule's DL3018 findings only.","$ref":"#/definitions/rule-unpinned-package"},"DL3028":{"description":"DL3028 is one of the codes of unpinned-package: its severity applies to that rule's DL3028 findings only.","$ref":"#/definitions/rule-unpinned-package"},"DL3033":{"description":"DL3033 is one of the codes of unpinned-package: its severity applies to that rule's DL3033 findings only.","$ref":"#/definitions/rule-unpinned-package"},"DL3037":{"description":"DL3037 is one of the codes of unpinned-package: its severity applies to that rule's DL3037 findings only.","$ref":"#/definitions/rule-unpinned-package"},"DL3041":{"description":"DL3041 is one of the codes of unpinned-package: its severity applies to that rule's DL3041 findings only.","$ref":"#/definitions/rule-unpinned-package"},"DL3062":{"description":"DL3062 is one of the codes of unpinned-package: its severity applies to that rule's DL3062 findings only.","$ref":"#/definitions/rule-unpinned-package"},"DL3026":{"description":"DL3026 is an alias of untrusted-registry: the setting applies to that rule.","$ref":"#/definitions/rule-untrusted-registry"},"DL3046":{"description":"DL3046 is an alias of useradd-without-no-log-init: the setting applies to that rule.","$ref":"#/definitions/rule-useradd-without-no-log-init"},"DL3047":{"description":"DL3047 is an alias of wget-without-progress: the setting applies to that rule.","$ref":"#/definitions/rule-wget-without-progress"},"DL3035":{"description":"DL3035 is an alias of zypper-dist-upgrade: the setting applies to that rule.","$ref":"#/definitions/rule-zypper-dist-upgrade"}},"patternProperties":{"^SC\\d{4}$":{"description":"a code of shellcheck: its severity applies to that rule's findings of that code only.","$ref":"#/definitions/rule-shellcheck"}},"additionalProperties":false},"rule-add-instead-of-copy":{"description":"ADD of local files or folders that are not archives: COPY does the same, without surprises. Default: error. Aliases: DL3020. https://github.com/dflint/dflint/blob/main/rules/add-instead-of-copy/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-apt-in-script":{"description":"apt, the interactive front end, in a RUN: its command line is not stable; use apt-get or apt-cache. Default: warning. Aliases: DL3027. https://github.com/dflint/dflint/blob/main/rules/apt-in-script/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-apt-install-recommends":{"description":"apt-get install without --no-install-recommends: the recommended packages come too. Default: info. Aliases: DL3015. https://github.com/dflint/dflint/blob/main/rules/apt-install-recommends/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-apt-update-alone":{"description":"a package index refresh (apt-get update, apk update, …) in a RUN that installs nothing. Default: warning. https://github.com/dflint/dflint/blob/main/rules/apt-update-alone/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-archive-copy-extract":{"description":"an archive COPY/ADD brings in and a later RUN extracts: the archive stays in the COPY layer. Default: warning. Aliases: DL3010. https://github.com/dflint/dflint/blob/main/rules/archive-copy-extract/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-cache-bust-order":{"description":"source copied (COPY . .) before a dependency install that only needs the manifests: every edit re-runs the install. Default: warning. https://github.com/dflint/dflint/blob/main/rules/cache-bust-order/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-cd-in-run":{"description":"cd in a RUN: use WORKDIR to switch to a directory. Default: warning. Aliases: DL3003. https://github.com/dflint/dflint/blob/main/rules/cd-in-run/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-chmod-after-copy":{"description":"chmod, chown, touch or an in-place edit of a file an earlier layer stored: the whole file is stored again. Default: warning. https://github.com/dflint/dflint/blob/main/rules/chmod-after-copy/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-consecutive-run":{"description":"consecutive RUNs that could be one RUN (one layer and one cache step each). Default: warning. Aliases: DL3059. https://github.com/dflint/dflint/blob/main/rules/consecutive-run/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"reportWithoutGain":{"type":"boolean","default":false,"description":"Also report RUNs whose merge saves no bytes: layers only, or only a fresh package index (which apt-update-alone reports)."}},"additionalProperties":false}],"minItems":1,"additionalItems":false}},"rule-copy-context-bloat":{"description":"COPY/ADD of a directory that brings in .git, node_modules, build output, archives or huge files. Default: warning. https://github.com/dflint/dflint/blob/main/rules/copy-context-bloat/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"maxFileBytes":{"type":"integer","minimum":1,"default":10485760,"description":"A copied file larger than this many bytes is reported."}},"additionalProperties":false}],"minItems":1,"additionalItems":false}},"rule-copy-from-own-stage":{"description":"COPY --from naming the stage the COPY is in. Default: error. Aliases: DL3023. https://github.com/dflint/dflint/blob/main/rules/copy-from-own-stage/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-copy-from-unknown-stage":{"description":"COPY --from naming no earlier stage: Docker pulls an image of that name, or fails. Default: warning. Aliases: DL3022. https://github.com/dflint/dflint/blob/main/rules/copy-from-unknown-stage/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-copy-ignored-file":{"description":"COPY/ADD of a source that .dockerignore excludes from the build context, so the build fails on it. Default: warning. Aliases: CopyIgnoredFile. https://github.com/dflint/dflint/blob/main/rules/copy-ignored-file/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-copy-multiple-sources-dest":{"description":"COPY of several sources to a destination that does not end in /. Default: error. Aliases: DL3021. https://github.com/dflint/dflint/blob/main/rules/copy-multiple-sources-dest/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-copy-relative-without-workdir":{"description":"COPY to a relative destination in a stage with no WORKDIR: where it lands depends on the base image. Default: warning. Aliases: DL3045. https://github.com/dflint/dflint/blob/main/rules/copy-relative-without-workdir/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-copy-whole-stage":{"description":"COPY --from=<stage> / /: the whole filesystem of another stage or image. Default: warning. Aliases: DL3067. https://github.com/dflint/dflint/blob/main/rules/copy-whole-stage/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-curl-and-wget":{"description":"curl and wget both used in one stage: one download tool is enough. Default: warning. Aliases: DL4001. https://github.com/dflint/dflint/blob/main/rules/curl-and-wget/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-delete-after-add":{"description":"a file one layer stores and a later layer deletes, moves or overwrites: its bytes stay in the image. Default: warning. https://github.com/dflint/dflint/blob/main/rules/delete-after-add/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-duplicate-stage-name":{"description":"two stages with the same name. Default: error. Aliases: DL3024, DuplicateStageName. https://github.com/dflint/dflint/blob/main/rules/duplicate-stage-name/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-empty-continuation":{"description":"empty lines inside an instruction continued over several lines, which Docker will reject. Default: warning. Aliases: NoEmptyContinuation. https://github.com/dflint/dflint/blob/main/rules/empty-continuation/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-env-self-reference":{"description":"ENV that uses a variable it sets itself (`ENV A=1 B=$A`): the reference reads the old value. Default: error. Aliases: DL3044. https://github.com/dflint/dflint/blob/main/rules/env-self-reference/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-from-as-casing":{"description":"FROM … AS with the AS keyword in another case than FROM's. Default: warning. Aliases: FromAsCasing. https://github.com/dflint/dflint/blob/main/rules/from-as-casing/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-from-platform-flag":{"description":"FROM --platform with a fixed value, or one other than $BUILDPLATFORM/$TARGETPLATFORM. Default: warning. Aliases: DL3029, FromPlatformFlagConstDisallowed. https://github.com/dflint/dflint/blob/main/rules/from-platform-flag/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-hadolint-ignore-pragma":{"description":"inline ignore comments (`# hadolint ignore=…`, `# dflint-ignore …`), for teams that want none (off by default). Default: info. Aliases: DL1001. https://github.com/dflint/dflint/blob/main/rules/hadolint-ignore-pragma/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-install-without-yes":{"description":"apt-get, yum, dnf or zypper installs or removes without the switch that answers its confirmation prompt (-y, zypper -n). Default: warning. Aliases: DL3014, DL3030, DL3034, DL3038. https://github.com/dflint/dflint/blob/main/rules/install-without-yes/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-instruction-casing":{"description":"instruction keywords not in the casing most of the file uses (`Run`, or `run` among `RUN`s). Default: warning. Aliases: ConsistentInstructionCasing. https://github.com/dflint/dflint/blob/main/rules/instruction-casing/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-invalid-default-arg-in-from":{"description":"FROM whose image name, with the ARG defaults, is empty or invalid. Default: warning. Aliases: InvalidDefaultArgInFrom. https://github.com/dflint/dflint/blob/main/rules/invalid-default-arg-in-from/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-invalid-expose":{"description":"EXPOSE with a port out of range, an IP address or host-port mapping, or an upper-case protocol. Default: error. Aliases: DL3011, ExposeInvalidFormat, ExposeProtoCasing. https://github.com/dflint/dflint/blob/main/rules/invalid-expose/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-invalid-label-key":{"description":"LABEL keys that break Docker's key format: lower-case letters, digits, '.' and '-', outside Docker's namespaces. Default: style. Aliases: DL3048. https://github.com/dflint/dflint/blob/main/rules/invalid-label-key/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-label-schema":{"description":"LABELs that break the configured label schema: required labels missing, values empty or not of their type, labels outside a strict schema. Default: warning. Aliases: DL3049, DL3050, DL3051, DL3052, DL3053, DL3054, DL3055, DL3056, DL3058. https://github.com/dflint/dflint/blob/main/rules/label-schema/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"labels":{"type":"object","additionalProperties":{"type":"string","enum":["text","url","semver","hash","rfc3339","spdx","email"]},"default":{},"description":"Label → type (text, url, semver, hash, rfc3339, spdx, email): each stage must set these labels, not empty, with a value of the type. Empty: the rule checks nothing. hadolint's label-schema and --require-label."},"strict":{"type":"boolean","default":false,"description":"Report labels the schema does not name (hadolint's strict-labels, DL3050)."}},"additionalProperties":false}],"minItems":1,"additionalItems":false}},"rule-layer-count":{"description":"a stage with so many layers that it nears the storage driver's limit of 127. Default: warning. https://github.com/dflint/dflint/blob/main/rules/layer-count/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"max":{"type":"integer","minimum":1,"default":100,"description":"Report a stage with this many layers or more."}},"additionalProperties":false}],"minItems":1,"additionalItems":false}},"rule-legacy-key-value":{"description":"ENV or LABEL in the legacy `key value` form (no `=`), which Docker deprecates. Default: warning. Aliases: LegacyKeyValueFormat. https://github.com/dflint/dflint/blob/main/rules/legacy-key-value/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-maintainer-deprecated":{"description":"MAINTAINER is deprecated; the OCI authors label replaces it. Default: warning. Aliases: DL4000, MaintainerDeprecated. https://github.com/dflint/dflint/blob/main/rules/maintainer-deprecated/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-metadata-merge":{"description":"consecutive LABELs, or consecutive ENVs, that could be one instruction (a history entry and a cache step each). Default: info. https://github.com/dflint/dflint/blob/main/rules/metadata-merge/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"reportWithoutGain":{"type":"boolean","default":false,"description":"Report mergeable LABELs and ENVs at all: a merge saves a history entry and a cache step, never bytes or layers."}},"additionalProperties":false}],"minItems":1,"additionalItems":false}},"rule-missing-healthcheck":{"description":"the image that ships has no HEALTHCHECK (off by default). Default: info. Aliases: DL3057. https://github.com/dflint/dflint/blob/main/rules/missing-healthcheck/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-non-numeric-user":{"description":"USER names a user instead of a numeric id. Default: info. Aliases: DL3066. https://github.com/dflint/dflint/blob/main/rules/non-numeric-user/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-onbuild-forbidden-trigger":{"description":"ONBUILD with ONBUILD, FROM or MAINTAINER as its trigger, which Docker refuses. Default: error. Aliases: DL3043. https://github.com/dflint/dflint/blob/main/rules/onbuild-forbidden-trigger/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-package-cache":{"description":"package-manager caches and lists left in a layer (apt, apk, yum/dnf, pip, npm, yarn, …). Default: warning. Aliases: DL3009, DL3019, DL3032, DL3036, DL3040, DL3042, DL3060. https://github.com/dflint/dflint/blob/main/rules/package-cache/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-pipe-without-pipefail":{"description":"RUN with a pipe while the shell has no -o pipefail: a failing command before the pipe does not fail the build. Default: warning. Aliases: DL4006. https://github.com/dflint/dflint/blob/main/rules/pipe-without-pipefail/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-pointless-command":{"description":"RUN uses a command that makes no sense in an image build (ssh, vim, service, ps, top, …). Default: info. Aliases: DL3001. https://github.com/dflint/dflint/blob/main/rules/pointless-command/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-redundant-target-platform":{"description":"FROM --platform=$TARGETPLATFORM, which is what FROM uses anyway. Default: warning. Aliases: DL3065, RedundantTargetPlatform. https://github.com/dflint/dflint/blob/main/rules/redundant-target-platform/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-relative-workdir":{"description":"WORKDIR with a relative path: it resolves against whatever working directory comes before. Default: error. Aliases: DL3000, WorkdirRelativePath. https://github.com/dflint/dflint/blob/main/rules/relative-workdir/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-repeated-instruction":{"description":"more than one CMD, ENTRYPOINT or HEALTHCHECK in a stage: only the last takes effect. Default: error. Aliases: DL3012, DL4003, DL4004, MultipleInstructionsDisallowed. https://github.com/dflint/dflint/blob/main/rules/repeated-instruction/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-reserved-stage-name":{"description":"a stage named scratch or context, words Docker reserves. Default: warning. Aliases: DL3063, ReservedStageName. https://github.com/dflint/dflint/blob/main/rules/reserved-stage-name/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-root-user":{"description":"the image ships with USER root as its last USER. Default: warning. Aliases: DL3002. https://github.com/dflint/dflint/blob/main/rules/root-user/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-secret-in-arg-env":{"description":"ARG or ENV whose name says it holds a secret (token, password, key): the value stays in the image. Default: warning. Aliases: DL3064, SecretsUsedInArgOrEnv. https://github.com/dflint/dflint/blob/main/rules/secret-in-arg-env/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-shell-form-cmd":{"description":"CMD, ENTRYPOINT or HEALTHCHECK CMD in shell form: the program runs under /bin/sh -c. Default: warning. Aliases: DL3025, JSONArgsRecommended. https://github.com/dflint/dflint/blob/main/rules/shell-form-cmd/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-shell-symlink":{"description":"RUN replaces /bin/sh with a link (ln … /bin/sh): use SHELL to change the shell RUN uses. Default: warning. Aliases: DL4005. https://github.com/dflint/dflint/blob/main/rules/shell-symlink/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-shellcheck":{"description":"ShellCheck findings inside RUN scripts (shell form and heredocs), at their own line and column. Default: warning. https://github.com/dflint/dflint/blob/main/rules/shellcheck/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-stage-description-format":{"description":"a comment right above a named FROM or an ARG that does not start with the stage or ARG name, as `docker build --call=outline` reads it (off by default). Default: info. Aliases: InvalidDefinitionDescription. https://github.com/dflint/dflint/blob/main/rules/stage-description-format/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-stage-name-casing":{"description":"a stage name with upper-case letters. Default: warning. Aliases: StageNameCasing. https://github.com/dflint/dflint/blob/main/rules/stage-name-casing/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-sudo-in-run":{"description":"sudo in a RUN: switch users with USER instead. Default: error. Aliases: DL3004. https://github.com/dflint/dflint/blob/main/rules/sudo-in-run/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-syntax-error":{"description":"what docker build rejects before it starts: unknown instructions and flags, missing arguments, no FROM, a file that is not a Dockerfile. Default: error. Aliases: DL1000, DL3061. https://github.com/dflint/dflint/blob/main/rules/syntax-error/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-undefined-arg-in-from":{"description":"FROM using a variable that no ARG before the first FROM declares. Default: warning. Aliases: UndefinedArgInFrom. https://github.com/dflint/dflint/blob/main/rules/undefined-arg-in-from/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-undefined-var":{"description":"a variable used in ENV, ARG, LABEL, COPY, ADD, WORKDIR, USER, … that no ARG, ENV or base image defines there. Default: warning. Aliases: UndefinedVar. https://github.com/dflint/dflint/blob/main/rules/undefined-var/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-unpinned-base-image":{"description":"FROM an image without a tag or digest, or with the mutable tag latest. Default: warning. Aliases: DL3006, DL3007. https://github.com/dflint/dflint/blob/main/rules/unpinned-base-image/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-unpinned-package":{"description":"packages installed without a version (apt, apk, pip, npm, gem, yum/dnf, zypper, go). Default: warning. Aliases: DL3008, DL3013, DL3016, DL3018, DL3028, DL3033, DL3037, DL3041, DL3062. https://github.com/dflint/dflint/blob/main/rules/unpinned-package/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-unpinned-remote":{"description":"RUNs and ADDs that fetch mutable remote state (git clone of a branch, curl of latest, ADD <url> without --checksum). Default: warning. https://github.com/dflint/dflint/blob/main/rules/unpinned-remote/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-untrusted-registry":{"description":"FROM, COPY --from or RUN --mount from= pulling an image from a registry not in the trusted list. Default: error. Aliases: DL3026. https://github.com/dflint/dflint/blob/main/rules/untrusted-registry/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"registries":{"type":"array","items":{"type":"string","minLength":1},"default":[],"description":"The registries images may come from (`docker.io`, `ghcr.io`); `*` matches any, `*.example.com` any name ending so, `registry.*` any name starting so. Empty (the default): the rule checks nothing. hadolint's `trustedRegistries`."}},"additionalProperties":false}],"minItems":1,"additionalItems":false}},"rule-useradd-without-no-log-init":{"description":"useradd with a high UID and without -l: lastlog and faillog can grow into huge sparse files the layer stores in full. Default: warning. Aliases: DL3046. https://github.com/dflint/dflint/blob/main/rules/useradd-without-no-log-init/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-volatile-arg-early":{"description":"an ARG that changes every build (BUILD_DATE, VCS_REF, *_SHA, …) declared before RUNs that do not use it. Default: warning. https://github.com/dflint/dflint/blob/main/rules/volatile-arg-early/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"names":{"type":"array","items":{"type":"string","minLength":1},"default":[],"description":"More build-argument names whose value changes every build, matched case-insensitively; `*` matches any text (`[\"CI_PIPELINE_*\", \"BUILD_NUMBER\"]`)."}},"additionalProperties":false}],"minItems":1,"additionalItems":false}},"rule-wget-without-progress":{"description":"wget without --progress, -q or -nv: its progress display floods the build log. Default: info. Aliases: DL3047. https://github.com/dflint/dflint/blob/main/rules/wget-without-progress/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-zypper-dist-upgrade":{"description":"zypper dist-upgrade (dup) in a build: a distribution upgrade belongs in the base image. Default: warning. Aliases: DL3035. https://github.com/dflint/dflint/blob/main/rules/zypper-dist-upgrade/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}}}};
const func2 = Object.prototype.hasOwnProperty;
const func4 = require("ajv/dist/runtime/ucs2length").default;
const schema12 = {"description":"Rule settings by rule name, or by a hadolint/BuildKit code the rule aliases: a severity, or `[severity, options]`. Rules not named keep their default severity.","type":"object","properties":{"add-instead-of-copy":{"$ref":"#/definitions/rule-add-instead-of-copy"},"apt-in-script":{"$ref":"#/definitions/rule-apt-in-script"},"apt-install-recommends":{"$ref":"#/definitions/rule-apt-install-recommends"},"apt-update-alone":{"$ref":"#/definitions/rule-apt-update-alone"},"archive-copy-extract":{"$ref":"#/definitions/rule-archive-copy-extract"},"cache-bust-order":{"$ref":"#/definitions/rule-cache-bust-order"},"cd-in-run":{"$ref":"#/definitions/rule-cd-in-run"},"chmod-after-copy":{"$ref":"#/definitions/rule-chmod-after-copy"},"consecutive-run":{"$ref":"#/definitions/rule-consecutive-run"},"copy-context-bloat":{"$ref":"#/definitions/rule-copy-context-bloat"},"copy-from-own-stage":{"$ref":"#/definitions/rule-copy-from-own-stage"},"copy-from-unknown-stage":{"$ref":"#/definitions/rule-copy-from-unknown-stage"},"copy-ignored-file":{"$ref":"#/definitions/rule-copy-ignored-file"},"copy-multiple-sources-dest":{"$ref":"#/definitions/rule-copy-multiple-sources-dest"},"copy-relative-without-workdir":{"$ref":"#/definitions/rule-copy-relative-without-workdir"},"copy-whole-stage":{"$ref":"#/definitions/rule-copy-whole-stage"},"curl-and-wget":{"$ref":"#/definitions/rule-curl-and-wget"},"delete-after-add":{"$ref":"#/definitions/rule-delete-after-add"},"duplicate-stage-name":{"$ref":"#/definitions/rule-duplicate-stage-name"},"empty-continuation":{"$ref":"#/definitions/rule-empty-continuation"},"env-self-reference":{"$ref":"#/definitions/rule-env-self-reference"},"from-as-casing":{"$ref":"#/definitions/rule-from-as-casing"},"from-platform-flag":{"$ref":"#/definitions/rule-from-platform-flag"},"hadolint-ignore-pragma":{"$ref":"#/definitions/rule-hadolint-ignore-pragma"},"install-without-yes":{"$ref":"#/definitions/rule-install-without-yes"},"instruction-casing":{"$ref":"#/definitions/rule-instruction-casing"},"invalid-default-arg-in-from":{"$ref":"#/definitions/rule-invalid-default-arg-in-from"},"invalid-expose":{"$ref":"#/definitions/rule-invalid-expose"},"invalid-label-key":{"$ref":"#/definitions/rule-invalid-label-key"},"label-schema":{"$ref":"#/definitions/rule-label-schema"},"layer-count":{"$ref":"#/definitions/rule-layer-count"},"legacy-key-value":{"$ref":"#/definitions/rule-legacy-key-value"},"maintainer-deprecated":{"$ref":"#/definitions/rule-maintainer-deprecated"},"metadata-merge":{"$ref":"#/definitions/rule-metadata-merge"},"missing-healthcheck":{"$ref":"#/definitions/rule-missing-healthcheck"},"non-numeric-user":{"$ref":"#/definitions/rule-non-numeric-user"},"onbuild-forbidden-trigger":{"$ref":"#/definitions/rule-onbuild-forbidden-trigger"},"package-cache":{"$ref":"#/definitions/rule-package-cache"},"pipe-without-pipefail":{"$ref":"#/definitions/rule-pipe-without-pipefail"},"pointless-command":{"$ref":"#/definitions/rule-pointless-command"},"redundant-target-platform":{"$ref":"#/definitions/rule-redundant-target-platform"},"relative-workdir":{"$ref":"#/definitions/rule-relative-workdir"},"repeated-instruction":{"$ref":"#/definitions/rule-repeated-instruction"},"reserved-stage-name":{"$ref":"#/definitions/rule-reserved-stage-name"},"root-user":{"$ref":"#/definitions/rule-root-user"},"secret-in-arg-env":{"$ref":"#/definitions/rule-secret-in-arg-env"},"shell-form-cmd":{"$ref":"#/definitions/rule-shell-form-cmd"},"shell-symlink":{"$ref":"#/definitions/rule-shell-symlink"},"shellcheck":{"$ref":"#/definitions/rule-shellcheck"},"stage-description-format":{"$ref":"#/definitions/rule-stage-description-format"},"stage-name-casing":{"$ref":"#/definitions/rule-stage-name-casing"},"sudo-in-run":{"$ref":"#/definitions/rule-sudo-in-run"},"syntax-error":{"$ref":"#/definitions/rule-syntax-error"},"undefined-arg-in-from":{"$ref":"#/definitions/rule-undefined-arg-in-from"},"undefined-var":{"$ref":"#/definitions/rule-undefined-var"},"unpinned-base-image":{"$ref":"#/definitions/rule-unpinned-base-image"},"unpinned-package":{"$ref":"#/definitions/rule-unpinned-package"},"unpinned-remote":{"$ref":"#/definitions/rule-unpinned-remote"},"untrusted-registry":{"$ref":"#/definitions/rule-untrusted-registry"},"useradd-without-no-log-init":{"$ref":"#/definitions/rule-useradd-without-no-log-init"},"volatile-arg-early":{"$ref":"#/definitions/rule-volatile-arg-early"},"wget-without-progress":{"$ref":"#/definitions/rule-wget-without-progress"},"zypper-dist-upgrade":{"$ref":"#/definitions/rule-zypper-dist-upgrade"},"DL3020":{"description":"DL3020 is an alias of add-instead-of-copy: the setting applies to that rule.","$ref":"#/definitions/rule-add-instead-of-copy"},"DL3027":{"description":"DL3027 is an alias of apt-in-script: the setting applies to that rule.","$ref":"#/definitions/rule-apt-in-script"},"DL3015":{"description":"DL3015 is an alias of apt-install-recommends: the setting applies to that rule.","$ref":"#/definitions/rule-apt-install-recommends"},"DL3010":{"description":"DL3010 is an alias of archive-copy-extract: the setting applies to that rule.","$ref":"#/definitions/rule-archive-copy-extract"},"DL3003":{"description":"DL3003 is an alias of cd-in-run: the setting applies to that rule.","$ref":"#/definitions/rule-cd-in-run"},"DL3059":{"description":"DL3059 is one of the codes of consecutive-run: its severity applies to that rule's DL3059 findings only.","$ref":"#/definitions/rule-consecutive-run"},"DL3023":{"description":"DL3023 is an alias of copy-from-own-stage: the setting applies to that rule.","$ref":"#/definitions/rule-copy-from-own-stage"},"DL3022":{"description":"DL3022 is an alias of copy-from-unknown-stage: the setting applies to that rule.","$ref":"#/definitions/rule-copy-from-unknown-stage"},"CopyIgnoredFile":{"description":"CopyIgnoredFile is an alias of copy-ignored-file: the setting applies to that rule.","$ref":"#/definitions/rule-copy-ignored-file"},"DL3021":{"description":"DL3021 is an alias of copy-multiple-sources-dest: the setting applies to that rule.","$ref":"#/definitions/rule-copy-multiple-sources-dest"},"DL3045":{"description":"DL3045 is an alias of copy-relative-without-workdir: the setting applies to that rule.","$ref":"#/definitions/rule-copy-relative-without-workdir"},"DL3067":{"description":"DL3067 is an alias of copy-whole-stage: the setting applies to that rule.","$ref":"#/definitions/rule-copy-whole-stage"},"DL4001":{"description":"DL4001 is an alias of curl-and-wget: the setting applies to that rule.","$ref":"#/definitions/rule-curl-and-wget"},"DL3024":{"description":"DL3024 is an alias of duplicate-stage-name: the setting applies to that rule.","$ref":"#/definitions/rule-duplicate-stage-name"},"DuplicateStageName":{"description":"DuplicateStageName is an alias of duplicate-stage-name: the setting applies to that rule.","$ref":"#/definitions/rule-duplicate-stage-name"},"NoEmptyContinuation":{"description":"NoEmptyContinuation is an alias of empty-continuation: the setting applies to that rule.","$ref":"#/definitions/rule-empty-continuation"},"DL3044":{"description":"DL3044 is an alias of env-self-reference: the setting applies to that rule.","$ref":"#/definitions/rule-env-self-reference"},"FromAsCasing":{"description":"FromAsCasing is an alias of from-as-casing: the setting applies to that rule.","$ref":"#/definitions/rule-from-as-casing"},"DL3029":{"description":"DL3029 is one of the codes of from-platform-flag: its severity applies to that rule's DL3029 findings only.","$ref":"#/definitions/rule-from-platform-flag"},"FromPlatformFlagConstDisallowed":{"description":"FromPlatformFlagConstDisallowed is one of the codes of from-platform-flag: its severity applies to that rule's FromPlatformFlagConstDisallowed findings only.","$ref":"#/definitions/rule-from-platform-flag"},"DL1001":{"description":"DL1001 is an alias of hadolint-ignore-pragma: the setting applies to that rule.","$ref":"#/definitions/rule-hadolint-ignore-pragma"},"DL3014":{"description":"DL3014 is one of the codes of install-without-yes: its severity applies to that rule's DL3014 findings only.","$ref":"#/definitions/rule-install-without-yes"},"DL3030":{"description":"DL3030 is one of the codes of install-without-yes: its severity applies to that rule's DL3030 findings only.","$ref":"#/definitions/rule-install-without-yes"},"DL3034":{"description":"DL3034 is one of the codes of install-without-yes: its severity applies to that rule's DL3034 findings only.","$ref":"#/definitions/rule-install-without-yes"},"DL3038":{"description":"DL3038 is one of the codes of install-without-yes: its severity applies to that rule's DL3038 findings only.","$ref":"#/definitions/rule-install-without-yes"},"ConsistentInstructionCasing":{"description":"ConsistentInstructionCasing is an alias of instruction-casing: the setting applies to that rule.","$ref":"#/definitions/rule-instruction-casing"},"InvalidDefaultArgInFrom":{"description":"InvalidDefaultArgInFrom is an alias of invalid-default-arg-in-from: the setting applies to that rule.","$ref":"#/definitions/rule-invalid-default-arg-in-from"},"DL3011":{"description":"DL3011 is one of the codes of invalid-expose: its severity applies to that rule's DL3011 findings only.","$ref":"#/definitions/rule-invalid-expose"},"ExposeInvalidFormat":{"description":"ExposeInvalidFormat is one of the codes of invalid-expose: its severity applies to that rule's ExposeInvalidFormat findings only.","$ref":"#/definitions/rule-invalid-expose"},"ExposeProtoCasing":{"description":"ExposeProtoCasing is one of the codes of invalid-expose: its severity applies to that rule's ExposeProtoCasing findings only.","$ref":"#/definitions/rule-invalid-expose"},"DL3048":{"description":"DL3048 is an alias of invalid-label-key: the setting applies to that rule.","$ref":"#/definitions/rule-invalid-label-key"},"DL3049":{"description":"DL3049 is one of the codes of label-schema: its severity applies to that rule's DL3049 findings only.","$ref":"#/definitions/rule-label-schema"},"DL3050":{"description":"DL3050 is one of the codes of label-schema: its severity applies to that rule's DL3050 findings only.","$ref":"#/definitions/rule-label-schema"},"DL3051":{"description":"DL3051 is one of the codes of label-schema: its severity applies to that rule's DL3051 findings only.","$ref":"#/definitions/rule-label-schema"},"DL3052":{"description":"DL3052 is one of the codes of label-schema: its severity applies to that rule's DL3052 findings only.","$ref":"#/definitions/rule-label-schema"},"DL3053":{"description":"DL3053 is one of the codes of label-schema: its severity applies to that rule's DL3053 findings only.","$ref":"#/definitions/rule-label-schema"},"DL3054":{"description":"DL3054 is one of the codes of label-schema: its severity applies to that rule's DL3054 findings only.","$ref":"#/definitions/rule-label-schema"},"DL3055":{"description":"DL3055 is one of the codes of label-schema: its severity applies to that rule's DL3055 findings only.","$ref":"#/definitions/rule-label-schema"},"DL3056":{"description":"DL3056 is one of the codes of label-schema: its severity applies to that rule's DL3056 findings only.","$ref":"#/definitions/rule-label-schema"},"DL3058":{"description":"DL3058 is one of the codes of label-schema: its severity applies to that rule's DL3058 findings only.","$ref":"#/definitions/rule-label-schema"},"LegacyKeyValueFormat":{"description":"LegacyKeyValueFormat is an alias of legacy-key-value: the setting applies to that rule.","$ref":"#/definitions/rule-legacy-key-value"},"DL4000":{"description":"DL4000 is an alias of maintainer-deprecated: the setting applies to that rule.","$ref":"#/definitions/rule-maintainer-deprecated"},"MaintainerDeprecated":{"description":"MaintainerDeprecated is an alias of maintainer-deprecated: the setting applies to that rule.","$ref":"#/definitions/rule-maintainer-deprecated"},"DL3057":{"description":"DL3057 is an alias of missing-healthcheck: the setting applies to that rule.","$ref":"#/definitions/rule-missing-healthcheck"},"DL3066":{"description":"DL3066 is an alias of non-numeric-user: the setting applies to that rule.","$ref":"#/definitions/rule-non-numeric-user"},"DL3043":{"description":"DL3043 is an alias of onbuild-forbidden-trigger: the setting applies to that rule.","$ref":"#/definitions/rule-onbuild-forbidden-trigger"},"DL3009":{"description":"DL3009 is one of the codes of package-cache: its severity applies to that rule's DL3009 findings only.","$ref":"#/definitions/rule-package-cache"},"DL3019":{"description":"DL3019 is one of the codes of package-cache: its severity applies to that rule's DL3019 findings only.","$ref":"#/definitions/rule-package-cache"},"DL3032":{"description":"DL3032 is one of the codes of package-cache: its severity applies to that rule's DL3032 findings only.","$ref":"#/definitions/rule-package-cache"},"DL3036":{"description":"DL3036 is one of the codes of package-cache: its severity applies to that rule's DL3036 findings only.","$ref":"#/definitions/rule-package-cache"},"DL3040":{"description":"DL3040 is one of the codes of package-cache: its severity applies to that rule's DL3040 findings only.","$ref":"#/definitions/rule-package-cache"},"DL3042":{"description":"DL3042 is one of the codes of package-cache: its severity applies to that rule's DL3042 findings only.","$ref":"#/definitions/rule-package-cache"},"DL3060":{"description":"DL3060 is one of the codes of package-cache: its severity applies to that rule's DL3060 findings only.","$ref":"#/definitions/rule-package-cache"},"DL4006":{"description":"DL4006 is an alias of pipe-without-pipefail: the setting applies to that rule.","$ref":"#/definitions/rule-pipe-without-pipefail"},"DL3001":{"description":"DL3001 is an alias of pointless-command: the setting applies to that rule.","$ref":"#/definitions/rule-pointless-command"},"DL3065":{"description":"DL3065 is an alias of redundant-target-platform: the setting applies to that rule.","$ref":"#/definitions/rule-redundant-target-platform"},"RedundantTargetPlatform":{"description":"RedundantTargetPlatform is an alias of redundant-target-platform: the setting applies to that rule.","$ref":"#/definitions/rule-redundant-target-platform"},"DL3000":{"description":"DL3000 is one of the codes of relative-workdir: its severity applies to that rule's DL3000 findings only.","$ref":"#/definitions/rule-relative-workdir"},"WorkdirRelativePath":{"description":"WorkdirRelativePath is one of the codes of relative-workdir: its severity applies to that rule's WorkdirRelativePath findings only.","$ref":"#/definitions/rule-relative-workdir"},"DL3012":{"description":"DL3012 is one of the codes of repeated-instruction: its severity applies to that rule's DL3012 findings only.","$ref":"#/definitions/rule-repeated-instruction"},"DL4003":{"description":"DL4003 is one of the codes of repeated-instruction: its severity applies to that rule's DL4003 findings only.","$ref":"#/definitions/rule-repeated-instruction"},"DL4004":{"description":"DL4004 is one of the codes of repeated-instruction: its severity applies to that rule's DL4004 findings only.","$ref":"#/definitions/rule-repeated-instruction"},"MultipleInstructionsDisallowed":{"description":"MultipleInstructionsDisallowed is one of the codes of repeated-instruction: its severity applies to that rule's MultipleInstructionsDisallowed findings only.","$ref":"#/definitions/rule-repeated-instruction"},"DL3063":{"description":"DL3063 is an alias of reserved-stage-name: the setting applies to that rule.","$ref":"#/definitions/rule-reserved-stage-name"},"ReservedStageName":{"description":"ReservedStageName is an alias of reserved-stage-name: the setting applies to that rule.","$ref":"#/definitions/rule-reserved-stage-name"},"DL3002":{"description":"DL3002 is an alias of root-user: the setting applies to that rule.","$ref":"#/definitions/rule-root-user"},"DL3064":{"description":"DL3064 is one of the codes of secret-in-arg-env: its severity applies to that rule's DL3064 findings only.","$ref":"#/definitions/rule-secret-in-arg-env"},"SecretsUsedInArgOrEnv":{"description":"SecretsUsedInArgOrEnv is one of the codes of secret-in-arg-env: its severity applies to that rule's SecretsUsedInArgOrEnv findings only.","$ref":"#/definitions/rule-secret-in-arg-env"},"DL3025":{"description":"DL3025 is one of the codes of shell-form-cmd: its severity applies to that rule's DL3025 findings only.","$ref":"#/definitions/rule-shell-form-cmd"},"JSONArgsRecommended":{"description":"JSONArgsRecommended is one of the codes of shell-form-cmd: its severity applies to that rule's JSONArgsRecommended findings only.","$ref":"#/definitions/rule-shell-form-cmd"},"DL4005":{"description":"DL4005 is an alias of shell-symlink: the setting applies to that rule.","$ref":"#/definitions/rule-shell-symlink"},"InvalidDefinitionDescription":{"description":"InvalidDefinitionDescription is an alias of stage-description-format: the setting applies to that rule.","$ref":"#/definitions/rule-stage-description-format"},"StageNameCasing":{"description":"StageNameCasing is an alias of stage-name-casing: the setting applies to that rule.","$ref":"#/definitions/rule-stage-name-casing"},"DL3004":{"description":"DL3004 is an alias of sudo-in-run: the setting applies to that rule.","$ref":"#/definitions/rule-sudo-in-run"},"DL1000":{"description":"DL1000 is one of the codes of syntax-error: its severity applies to that rule's DL1000 findings only.","$ref":"#/definitions/rule-syntax-error"},"DL3061":{"description":"DL3061 is one of the codes of syntax-error: its severity applies to that rule's DL3061 findings only.","$ref":"#/definitions/rule-syntax-error"},"UndefinedArgInFrom":{"description":"UndefinedArgInFrom is an alias of undefined-arg-in-from: the setting applies to that rule.","$ref":"#/definitions/rule-undefined-arg-in-from"},"UndefinedVar":{"description":"UndefinedVar is an alias of undefined-var: the setting applies to that rule.","$ref":"#/definitions/rule-undefined-var"},"DL3006":{"description":"DL3006 is one of the codes of unpinned-base-image: its severity applies to that rule's DL3006 findings only.","$ref":"#/definitions/rule-unpinned-base-image"},"DL3007":{"description":"DL3007 is one of the codes of unpinned-base-image: its severity applies to that rule's DL3007 findings only.","$ref":"#/definitions/rule-unpinned-base-image"},"DL3008":{"description":"DL3008 is one of the codes of unpinned-package: its severity applies to that rule's DL3008 findings only.","$ref":"#/definitions/rule-unpinned-package"},"DL3013":{"description":"DL3013 is one of the codes of unpinned-package: its severity applies to that rule's DL3013 findings only.","$ref":"#/definitions/rule-unpinned-package"},"DL3016":{"description":"DL3016 is one of the codes of unpinned-package: its severity applies to that rule's DL3016 findings only.","$ref":"#/definitions/rule-unpinned-package"},"DL3018":{"description":"DL3018 is one of the codes of unpinned-package: its severity applies to that rule's DL3018 findings only.","$ref":"#/definitions/rule-unpinned-package"},"DL3028":{"description":"DL3028 is one of the codes of unpinned-package: its severity applies to that rule's DL3028 findings only.","$ref":"#/definitions/rule-unpinned-package"},"DL3033":{"description":"DL3033 is one of the codes of unpinned-package: its severity applies to that rule's DL3033 findings only.","$ref":"#/definitions/rule-unpinned-package"},"DL3037":{"description":"DL3037 is one of the codes of unpinned-package: its severity applies to that rule's DL3037 findings only.","$ref":"#/definitions/rule-unpinned-package"},"DL3041":{"description":"DL3041 is one of the codes of unpinned-package: its severity applies to that rule's DL3041 findings only.","$ref":"#/definitions/rule-unpinned-package"},"DL3062":{"description":"DL3062 is one of the codes of unpinned-package: its severity applies to that rule's DL3062 findings only.","$ref":"#/definitions/rule-unpinned-package"},"DL3026":{"description":"DL3026 is an alias of untrusted-registry: the setting applies to that rule.","$ref":"#/definitions/rule-untrusted-registry"},"DL3046":{"description":"DL3046 is an alias of useradd-without-no-log-init: the setting applies to that rule.","$ref":"#/definitions/rule-useradd-without-no-log-init"},"DL3047":{"description":"DL3047 is an alias of wget-without-progress: the setting applies to that rule.","$ref":"#/definitions/rule-wget-without-progress"},"DL3035":{"description":"DL3035 is an alias of zypper-dist-upgrade: the setting applies to that rule.","$ref":"#/definitions/rule-zypper-dist-upgrade"}},"patternProperties":{"^SC\\d{4}$":{"description":"a code of shellcheck: its severity applies to that rule's findings of that code only.","$ref":"#/definitions/rule-shellcheck"}},"additionalProperties":false};
const pattern0 = new RegExp("^SC\\d{4}$", "u");
const schema13 = {"description":"ADD of local files or folders that are not archives: COPY does the same, without surprises. Default: error. Aliases: DL3020. https://github.com/dflint/dflint/blob/main/rules/add-instead-of-copy/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};
const schema14 = {"title":"severity","description":"`off` switches the rule off; any other severity switches it on at that severity.","enum":["error","warning","info","style","off"]};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate12.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate12.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema13.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate12.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema13.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate12.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate12.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema13.else.type,parentSchema:schema13.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema13.if,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate12.errors = vErrors;
return false;
}
validate12.errors = vErrors;
return errors === 0;
}

const schema16 = {"description":"apt, the interactive front end, in a RUN: its command line is not stable; use apt-get or apt-cache. Default: warning. Aliases: DL3027. https://github.com/dflint/dflint/blob/main/rules/apt-in-script/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate14.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate14.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema16.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate14.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema16.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate14.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate14.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.else.type,parentSchema:schema16.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema16.if,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate14.errors = vErrors;
return false;
}
validate14.errors = vErrors;
return errors === 0;
}

const schema19 = {"description":"apt-get install without --no-install-recommends: the recommended packages come too. Default: info. Aliases: DL3015. https://github.com/dflint/dflint/blob/main/rules/apt-install-recommends/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate16.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate16.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema19.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate16.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema19.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate16.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate16.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.else.type,parentSchema:schema19.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema19.if,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate16.errors = vErrors;
return false;
}
validate16.errors = vErrors;
return errors === 0;
}

const schema22 = {"description":"a package index refresh (apt-get update, apk update, …) in a RUN that installs nothing. Default: warning. https://github.com/dflint/dflint/blob/main/rules/apt-update-alone/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate18.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate18.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema22.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate18.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema22.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate18.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate18.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.else.type,parentSchema:schema22.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema22.if,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate18.errors = vErrors;
return false;
}
validate18.errors = vErrors;
return errors === 0;
}

const schema25 = {"description":"an archive COPY/ADD brings in and a later RUN extracts: the archive stays in the COPY layer. Default: warning. Aliases: DL3010. https://github.com/dflint/dflint/blob/main/rules/archive-copy-extract/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate20.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate20.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema25.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate20.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema25.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate20.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.else.type,parentSchema:schema25.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema25.if,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate20.errors = vErrors;
return false;
}
validate20.errors = vErrors;
return errors === 0;
}

const schema28 = {"description":"source copied (COPY . .) before a dependency install that only needs the manifests: every edit re-runs the install. Default: warning. https://github.com/dflint/dflint/blob/main/rules/cache-bust-order/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate22.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate22.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema28.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate22.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema28.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate22.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.else.type,parentSchema:schema28.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema28.if,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate22.errors = vErrors;
return false;
}
validate22.errors = vErrors;
return errors === 0;
}

const schema31 = {"description":"cd in a RUN: use WORKDIR to switch to a directory. Default: warning. Aliases: DL3003. https://github.com/dflint/dflint/blob/main/rules/cd-in-run/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate24.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate24.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate24.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema31.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate24.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.else.type,parentSchema:schema31.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema31.if,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate24.errors = vErrors;
return false;
}
validate24.errors = vErrors;
return errors === 0;
}

const schema34 = {"description":"chmod, chown, touch or an in-place edit of a file an earlier layer stored: the whole file is stored again. Default: warning. https://github.com/dflint/dflint/blob/main/rules/chmod-after-copy/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate26.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate26.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema34.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate26.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema34.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate26.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate26.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.else.type,parentSchema:schema34.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema34.if,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate26.errors = vErrors;
return false;
}
validate26.errors = vErrors;
return errors === 0;
}

const schema37 = {"description":"consecutive RUNs that could be one RUN (one layer and one cache step each). Default: warning. Aliases: DL3059. https://github.com/dflint/dflint/blob/main/rules/consecutive-run/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"reportWithoutGain":{"type":"boolean","default":false,"description":"Also report RUNs whose merge saves no bytes: layers only, or only a fresh package index (which apt-update-alone reports)."}},"additionalProperties":false}],"minItems":1,"additionalItems":false}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate28.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate28.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema37.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 2)){
validate28.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:false,parentSchema:schema37.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
const _errs7 = errors;
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate28.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
var valid2 = _errs7 === errors;
}
if(valid2){
if(len1 > 1){
let data1 = data[1];
const _errs9 = errors;
if(errors === _errs9){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
const _errs11 = errors;
for(const key0 in data1){
if(!(key0 === "reportWithoutGain")){
validate28.errors = [{instancePath:instancePath+"/1",schemaPath:"#/else/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37.else.items[1],data:data1}];
return false;
break;
}
}
if(_errs11 === errors){
if(data1.reportWithoutGain !== undefined){
let data2 = data1.reportWithoutGain;
if(typeof data2 !== "boolean"){
validate28.errors = [{instancePath:instancePath+"/1/reportWithoutGain",schemaPath:"#/else/items/1/properties/reportWithoutGain/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema37.else.items[1].properties.reportWithoutGain.type,parentSchema:schema37.else.items[1].properties.reportWithoutGain,data:data2}];
return false;
}
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/1",schemaPath:"#/else/items/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.else.items[1].type,parentSchema:schema37.else.items[1],data:data1}];
return false;
}
}
var valid2 = _errs9 === errors;
}
}
}
}
}
else {
validate28.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.else.type,parentSchema:schema37.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema37.if,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate28.errors = vErrors;
return false;
}
validate28.errors = vErrors;
return errors === 0;
}

const schema40 = {"description":"COPY/ADD of a directory that brings in .git, node_modules, build output, archives or huge files. Default: warning. https://github.com/dflint/dflint/blob/main/rules/copy-context-bloat/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"maxFileBytes":{"type":"integer","minimum":1,"default":10485760,"description":"A copied file larger than this many bytes is reported."}},"additionalProperties":false}],"minItems":1,"additionalItems":false}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate30.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate30.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema40.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 2)){
validate30.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:false,parentSchema:schema40.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
const _errs7 = errors;
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate30.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
var valid2 = _errs7 === errors;
}
if(valid2){
if(len1 > 1){
let data1 = data[1];
const _errs9 = errors;
if(errors === _errs9){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
const _errs11 = errors;
for(const key0 in data1){
if(!(key0 === "maxFileBytes")){
validate30.errors = [{instancePath:instancePath+"/1",schemaPath:"#/else/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40.else.items[1],data:data1}];
return false;
break;
}
}
if(_errs11 === errors){
if(data1.maxFileBytes !== undefined){
let data2 = data1.maxFileBytes;
const _errs12 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate30.errors = [{instancePath:instancePath+"/1/maxFileBytes",schemaPath:"#/else/items/1/properties/maxFileBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.else.items[1].properties.maxFileBytes.type,parentSchema:schema40.else.items[1].properties.maxFileBytes,data:data2}];
return false;
}
if(errors === _errs12){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate30.errors = [{instancePath:instancePath+"/1/maxFileBytes",schemaPath:"#/else/items/1/properties/maxFileBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema40.else.items[1].properties.maxFileBytes,data:data2}];
return false;
}
}
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/1",schemaPath:"#/else/items/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.else.items[1].type,parentSchema:schema40.else.items[1],data:data1}];
return false;
}
}
var valid2 = _errs9 === errors;
}
}
}
}
}
else {
validate30.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.else.type,parentSchema:schema40.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema40.if,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate30.errors = vErrors;
return false;
}
validate30.errors = vErrors;
return errors === 0;
}

const schema43 = {"description":"COPY --from naming the stage the COPY is in. Default: error. Aliases: DL3023. https://github.com/dflint/dflint/blob/main/rules/copy-from-own-stage/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate32.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate32.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema43.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate32.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema43.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate32.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.else.type,parentSchema:schema43.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema43.if,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate32.errors = vErrors;
return false;
}
validate32.errors = vErrors;
return errors === 0;
}

const schema46 = {"description":"COPY --from naming no earlier stage: Docker pulls an image of that name, or fails. Default: warning. Aliases: DL3022. https://github.com/dflint/dflint/blob/main/rules/copy-from-unknown-stage/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate34.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate34.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema46.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate34.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema46.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate34.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.else.type,parentSchema:schema46.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema46.if,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate34.errors = vErrors;
return false;
}
validate34.errors = vErrors;
return errors === 0;
}

const schema49 = {"description":"COPY/ADD of a source that .dockerignore excludes from the build context, so the build fails on it. Default: warning. Aliases: CopyIgnoredFile. https://github.com/dflint/dflint/blob/main/rules/copy-ignored-file/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate36.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate36.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema49.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate36.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema49.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate36.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate36.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.else.type,parentSchema:schema49.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema49.if,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate36.errors = vErrors;
return false;
}
validate36.errors = vErrors;
return errors === 0;
}

const schema52 = {"description":"COPY of several sources to a destination that does not end in /. Default: error. Aliases: DL3021. https://github.com/dflint/dflint/blob/main/rules/copy-multiple-sources-dest/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate38.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate38.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema52.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate38.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema52.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate38.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate38.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.else.type,parentSchema:schema52.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema52.if,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate38.errors = vErrors;
return false;
}
validate38.errors = vErrors;
return errors === 0;
}

const schema55 = {"description":"COPY to a relative destination in a stage with no WORKDIR: where it lands depends on the base image. Default: warning. Aliases: DL3045. https://github.com/dflint/dflint/blob/main/rules/copy-relative-without-workdir/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate40.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate40.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema55.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate40.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema55.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate40.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate40.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.else.type,parentSchema:schema55.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema55.if,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate40.errors = vErrors;
return false;
}
validate40.errors = vErrors;
return errors === 0;
}

const schema58 = {"description":"COPY --from=<stage> / /: the whole filesystem of another stage or image. Default: warning. Aliases: DL3067. https://github.com/dflint/dflint/blob/main/rules/copy-whole-stage/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate42.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate42.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema58.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate42.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema58.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate42.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate42.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.else.type,parentSchema:schema58.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema58.if,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate42.errors = vErrors;
return false;
}
validate42.errors = vErrors;
return errors === 0;
}

const schema61 = {"description":"curl and wget both used in one stage: one download tool is enough. Default: warning. Aliases: DL4001. https://github.com/dflint/dflint/blob/main/rules/curl-and-wget/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate44.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate44.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema61.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate44.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema61.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate44.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate44.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema61.else.type,parentSchema:schema61.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema61.if,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate44.errors = vErrors;
return false;
}
validate44.errors = vErrors;
return errors === 0;
}

const schema64 = {"description":"a file one layer stores and a later layer deletes, moves or overwrites: its bytes stay in the image. Default: warning. https://github.com/dflint/dflint/blob/main/rules/delete-after-add/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate46.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate46.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema64.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate46.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema64.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate46.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate46.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.else.type,parentSchema:schema64.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema64.if,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate46.errors = vErrors;
return false;
}
validate46.errors = vErrors;
return errors === 0;
}

const schema67 = {"description":"two stages with the same name. Default: error. Aliases: DL3024, DuplicateStageName. https://github.com/dflint/dflint/blob/main/rules/duplicate-stage-name/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate48.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate48.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema67.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate48.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema67.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate48.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate48.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema67.else.type,parentSchema:schema67.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema67.if,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate48.errors = vErrors;
return false;
}
validate48.errors = vErrors;
return errors === 0;
}

const schema70 = {"description":"empty lines inside an instruction continued over several lines, which Docker will reject. Default: warning. Aliases: NoEmptyContinuation. https://github.com/dflint/dflint/blob/main/rules/empty-continuation/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate50.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate50.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema70.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate50.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema70.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate50.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate50.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema70.else.type,parentSchema:schema70.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema70.if,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate50.errors = vErrors;
return false;
}
validate50.errors = vErrors;
return errors === 0;
}

const schema73 = {"description":"ENV that uses a variable it sets itself (`ENV A=1 B=$A`): the reference reads the old value. Default: error. Aliases: DL3044. https://github.com/dflint/dflint/blob/main/rules/env-self-reference/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate52.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate52.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema73.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate52.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema73.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate52.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate52.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema73.else.type,parentSchema:schema73.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema73.if,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate52.errors = vErrors;
return false;
}
validate52.errors = vErrors;
return errors === 0;
}

const schema76 = {"description":"FROM … AS with the AS keyword in another case than FROM's. Default: warning. Aliases: FromAsCasing. https://github.com/dflint/dflint/blob/main/rules/from-as-casing/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate54.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate54.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema76.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate54.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema76.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate54.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate54.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema76.else.type,parentSchema:schema76.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema76.if,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate54.errors = vErrors;
return false;
}
validate54.errors = vErrors;
return errors === 0;
}

const schema79 = {"description":"FROM --platform with a fixed value, or one other than $BUILDPLATFORM/$TARGETPLATFORM. Default: warning. Aliases: DL3029, FromPlatformFlagConstDisallowed. https://github.com/dflint/dflint/blob/main/rules/from-platform-flag/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate56.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate56.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema79.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate56.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema79.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate56.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate56.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema79.else.type,parentSchema:schema79.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema79.if,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate56.errors = vErrors;
return false;
}
validate56.errors = vErrors;
return errors === 0;
}

const schema82 = {"description":"inline ignore comments (`# hadolint ignore=…`, `# dflint-ignore …`), for teams that want none (off by default). Default: info. Aliases: DL1001. https://github.com/dflint/dflint/blob/main/rules/hadolint-ignore-pragma/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate58.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate58.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema82.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate58.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema82.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate58.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate58.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema82.else.type,parentSchema:schema82.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema82.if,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate58.errors = vErrors;
return false;
}
validate58.errors = vErrors;
return errors === 0;
}

const schema85 = {"description":"apt-get, yum, dnf or zypper installs or removes without the switch that answers its confirmation prompt (-y, zypper -n). Default: warning. Aliases: DL3014, DL3030, DL3034, DL3038. https://github.com/dflint/dflint/blob/main/rules/install-without-yes/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate60.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate60.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema85.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate60.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema85.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate60.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate60.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema85.else.type,parentSchema:schema85.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema85.if,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate60.errors = vErrors;
return false;
}
validate60.errors = vErrors;
return errors === 0;
}

const schema88 = {"description":"instruction keywords not in the casing most of the file uses (`Run`, or `run` among `RUN`s). Default: warning. Aliases: ConsistentInstructionCasing. https://github.com/dflint/dflint/blob/main/rules/instruction-casing/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate62.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate62.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema88.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate62.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema88.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate62.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate62.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema88.else.type,parentSchema:schema88.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema88.if,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate62.errors = vErrors;
return false;
}
validate62.errors = vErrors;
return errors === 0;
}

const schema91 = {"description":"FROM whose image name, with the ARG defaults, is empty or invalid. Default: warning. Aliases: InvalidDefaultArgInFrom. https://github.com/dflint/dflint/blob/main/rules/invalid-default-arg-in-from/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate64.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate64.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema91.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate64.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema91.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate64.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate64.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema91.else.type,parentSchema:schema91.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema91.if,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate64.errors = vErrors;
return false;
}
validate64.errors = vErrors;
return errors === 0;
}

const schema94 = {"description":"EXPOSE with a port out of range, an IP address or host-port mapping, or an upper-case protocol. Default: error. Aliases: DL3011, ExposeInvalidFormat, ExposeProtoCasing. https://github.com/dflint/dflint/blob/main/rules/invalid-expose/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate66.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate66.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema94.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate66.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema94.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate66.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate66.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema94.else.type,parentSchema:schema94.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema94.if,parentSchema:schema94,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate66.errors = vErrors;
return false;
}
validate66.errors = vErrors;
return errors === 0;
}

const schema97 = {"description":"LABEL keys that break Docker's key format: lower-case letters, digits, '.' and '-', outside Docker's namespaces. Default: style. Aliases: DL3048. https://github.com/dflint/dflint/blob/main/rules/invalid-label-key/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate68.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate68.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema97.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate68.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema97.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate68.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate68.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema97.else.type,parentSchema:schema97.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema97.if,parentSchema:schema97,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate68.errors = vErrors;
return false;
}
validate68.errors = vErrors;
return errors === 0;
}

const schema100 = {"description":"LABELs that break the configured label schema: required labels missing, values empty or not of their type, labels outside a strict schema. Default: warning. Aliases: DL3049, DL3050, DL3051, DL3052, DL3053, DL3054, DL3055, DL3056, DL3058. https://github.com/dflint/dflint/blob/main/rules/label-schema/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"labels":{"type":"object","additionalProperties":{"type":"string","enum":["text","url","semver","hash","rfc3339","spdx","email"]},"default":{},"description":"Label → type (text, url, semver, hash, rfc3339, spdx, email): each stage must set these labels, not empty, with a value of the type. Empty: the rule checks nothing. hadolint's label-schema and --require-label."},"strict":{"type":"boolean","default":false,"description":"Report labels the schema does not name (hadolint's strict-labels, DL3050)."}},"additionalProperties":false}],"minItems":1,"additionalItems":false}};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate70.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate70.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema100.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 2)){
validate70.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:false,parentSchema:schema100.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
const _errs7 = errors;
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate70.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
var valid2 = _errs7 === errors;
}
if(valid2){
if(len1 > 1){
let data1 = data[1];
const _errs9 = errors;
if(errors === _errs9){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
const _errs11 = errors;
for(const key0 in data1){
if(!((key0 === "labels") || (key0 === "strict"))){
validate70.errors = [{instancePath:instancePath+"/1",schemaPath:"#/else/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema100.else.items[1],data:data1}];
return false;
break;
}
}
if(_errs11 === errors){
if(data1.labels !== undefined){
let data2 = data1.labels;
const _errs12 = errors;
if(errors === _errs12){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
let data3 = data2[key1];
const _errs15 = errors;
if(typeof data3 !== "string"){
validate70.errors = [{instancePath:instancePath+"/1/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/else/items/1/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.else.items[1].properties.labels.additionalProperties.type,parentSchema:schema100.else.items[1].properties.labels.additionalProperties,data:data3}];
return false;
}
if(!(((((((data3 === "text") || (data3 === "url")) || (data3 === "semver")) || (data3 === "hash")) || (data3 === "rfc3339")) || (data3 === "spdx")) || (data3 === "email"))){
validate70.errors = [{instancePath:instancePath+"/1/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/else/items/1/properties/labels/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema100.else.items[1].properties.labels.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema100.else.items[1].properties.labels.additionalProperties.enum,parentSchema:schema100.else.items[1].properties.labels.additionalProperties,data:data3}];
return false;
}
var valid5 = _errs15 === errors;
if(!valid5){
break;
}
}
}
else {
validate70.errors = [{instancePath:instancePath+"/1/labels",schemaPath:"#/else/items/1/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.else.items[1].properties.labels.type,parentSchema:schema100.else.items[1].properties.labels,data:data2}];
return false;
}
}
var valid4 = _errs12 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data1.strict !== undefined){
let data4 = data1.strict;
const _errs17 = errors;
if(typeof data4 !== "boolean"){
validate70.errors = [{instancePath:instancePath+"/1/strict",schemaPath:"#/else/items/1/properties/strict/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema100.else.items[1].properties.strict.type,parentSchema:schema100.else.items[1].properties.strict,data:data4}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
}
}
}
else {
validate70.errors = [{instancePath:instancePath+"/1",schemaPath:"#/else/items/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.else.items[1].type,parentSchema:schema100.else.items[1],data:data1}];
return false;
}
}
var valid2 = _errs9 === errors;
}
}
}
}
}
else {
validate70.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema100.else.type,parentSchema:schema100.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema100.if,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate70.errors = vErrors;
return false;
}
validate70.errors = vErrors;
return errors === 0;
}

const schema103 = {"description":"a stage with so many layers that it nears the storage driver's limit of 127. Default: warning. https://github.com/dflint/dflint/blob/main/rules/layer-count/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"max":{"type":"integer","minimum":1,"default":100,"description":"Report a stage with this many layers or more."}},"additionalProperties":false}],"minItems":1,"additionalItems":false}};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate72.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate72.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema103.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 2)){
validate72.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:false,parentSchema:schema103.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
const _errs7 = errors;
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate72.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
var valid2 = _errs7 === errors;
}
if(valid2){
if(len1 > 1){
let data1 = data[1];
const _errs9 = errors;
if(errors === _errs9){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
const _errs11 = errors;
for(const key0 in data1){
if(!(key0 === "max")){
validate72.errors = [{instancePath:instancePath+"/1",schemaPath:"#/else/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema103.else.items[1],data:data1}];
return false;
break;
}
}
if(_errs11 === errors){
if(data1.max !== undefined){
let data2 = data1.max;
const _errs12 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate72.errors = [{instancePath:instancePath+"/1/max",schemaPath:"#/else/items/1/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema103.else.items[1].properties.max.type,parentSchema:schema103.else.items[1].properties.max,data:data2}];
return false;
}
if(errors === _errs12){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate72.errors = [{instancePath:instancePath+"/1/max",schemaPath:"#/else/items/1/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema103.else.items[1].properties.max,data:data2}];
return false;
}
}
}
}
}
}
else {
validate72.errors = [{instancePath:instancePath+"/1",schemaPath:"#/else/items/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema103.else.items[1].type,parentSchema:schema103.else.items[1],data:data1}];
return false;
}
}
var valid2 = _errs9 === errors;
}
}
}
}
}
else {
validate72.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema103.else.type,parentSchema:schema103.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema103.if,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate72.errors = vErrors;
return false;
}
validate72.errors = vErrors;
return errors === 0;
}

const schema106 = {"description":"ENV or LABEL in the legacy `key value` form (no `=`), which Docker deprecates. Default: warning. Aliases: LegacyKeyValueFormat. https://github.com/dflint/dflint/blob/main/rules/legacy-key-value/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate74.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate74.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema106.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate74.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema106.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate74.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate74.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema106.else.type,parentSchema:schema106.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema106.if,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate74.errors = vErrors;
return false;
}
validate74.errors = vErrors;
return errors === 0;
}

const schema109 = {"description":"MAINTAINER is deprecated; the OCI authors label replaces it. Default: warning. Aliases: DL4000, MaintainerDeprecated. https://github.com/dflint/dflint/blob/main/rules/maintainer-deprecated/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate76.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate76.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema109.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate76.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema109.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate76.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate76.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema109.else.type,parentSchema:schema109.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema109.if,parentSchema:schema109,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate76.errors = vErrors;
return false;
}
validate76.errors = vErrors;
return errors === 0;
}

const schema112 = {"description":"consecutive LABELs, or consecutive ENVs, that could be one instruction (a history entry and a cache step each). Default: info. https://github.com/dflint/dflint/blob/main/rules/metadata-merge/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"reportWithoutGain":{"type":"boolean","default":false,"description":"Report mergeable LABELs and ENVs at all: a merge saves a history entry and a cache step, never bytes or layers."}},"additionalProperties":false}],"minItems":1,"additionalItems":false}};

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate78.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate78.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema112.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 2)){
validate78.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:false,parentSchema:schema112.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
const _errs7 = errors;
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate78.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
var valid2 = _errs7 === errors;
}
if(valid2){
if(len1 > 1){
let data1 = data[1];
const _errs9 = errors;
if(errors === _errs9){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
const _errs11 = errors;
for(const key0 in data1){
if(!(key0 === "reportWithoutGain")){
validate78.errors = [{instancePath:instancePath+"/1",schemaPath:"#/else/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema112.else.items[1],data:data1}];
return false;
break;
}
}
if(_errs11 === errors){
if(data1.reportWithoutGain !== undefined){
let data2 = data1.reportWithoutGain;
if(typeof data2 !== "boolean"){
validate78.errors = [{instancePath:instancePath+"/1/reportWithoutGain",schemaPath:"#/else/items/1/properties/reportWithoutGain/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema112.else.items[1].properties.reportWithoutGain.type,parentSchema:schema112.else.items[1].properties.reportWithoutGain,data:data2}];
return false;
}
}
}
}
else {
validate78.errors = [{instancePath:instancePath+"/1",schemaPath:"#/else/items/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema112.else.items[1].type,parentSchema:schema112.else.items[1],data:data1}];
return false;
}
}
var valid2 = _errs9 === errors;
}
}
}
}
}
else {
validate78.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema112.else.type,parentSchema:schema112.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema112.if,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate78.errors = vErrors;
return false;
}
validate78.errors = vErrors;
return errors === 0;
}

const schema115 = {"description":"the image that ships has no HEALTHCHECK (off by default). Default: info. Aliases: DL3057. https://github.com/dflint/dflint/blob/main/rules/missing-healthcheck/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate80.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate80.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema115.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate80.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema115.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate80.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate80.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema115.else.type,parentSchema:schema115.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema115.if,parentSchema:schema115,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate80.errors = vErrors;
return false;
}
validate80.errors = vErrors;
return errors === 0;
}

const schema118 = {"description":"USER names a user instead of a numeric id. Default: info. Aliases: DL3066. https://github.com/dflint/dflint/blob/main/rules/non-numeric-user/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate82.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate82.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema118.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate82.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema118.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate82.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate82.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema118.else.type,parentSchema:schema118.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema118.if,parentSchema:schema118,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate82.errors = vErrors;
return false;
}
validate82.errors = vErrors;
return errors === 0;
}

const schema121 = {"description":"ONBUILD with ONBUILD, FROM or MAINTAINER as its trigger, which Docker refuses. Default: error. Aliases: DL3043. https://github.com/dflint/dflint/blob/main/rules/onbuild-forbidden-trigger/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate84.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate84.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema121.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate84.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema121.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate84.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate84.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema121.else.type,parentSchema:schema121.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema121.if,parentSchema:schema121,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate84.errors = vErrors;
return false;
}
validate84.errors = vErrors;
return errors === 0;
}

const schema124 = {"description":"package-manager caches and lists left in a layer (apt, apk, yum/dnf, pip, npm, yarn, …). Default: warning. Aliases: DL3009, DL3019, DL3032, DL3036, DL3040, DL3042, DL3060. https://github.com/dflint/dflint/blob/main/rules/package-cache/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate86.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate86.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema124.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate86.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema124.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate86.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate86.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema124.else.type,parentSchema:schema124.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema124.if,parentSchema:schema124,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate86.errors = vErrors;
return false;
}
validate86.errors = vErrors;
return errors === 0;
}

const schema127 = {"description":"RUN with a pipe while the shell has no -o pipefail: a failing command before the pipe does not fail the build. Default: warning. Aliases: DL4006. https://github.com/dflint/dflint/blob/main/rules/pipe-without-pipefail/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate88.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate88.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema127.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate88.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema127.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate88.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate88.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema127.else.type,parentSchema:schema127.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema127.if,parentSchema:schema127,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate88.errors = vErrors;
return false;
}
validate88.errors = vErrors;
return errors === 0;
}

const schema130 = {"description":"RUN uses a command that makes no sense in an image build (ssh, vim, service, ps, top, …). Default: info. Aliases: DL3001. https://github.com/dflint/dflint/blob/main/rules/pointless-command/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate90.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate90.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema130.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate90.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema130.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate90.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate90.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema130.else.type,parentSchema:schema130.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema130.if,parentSchema:schema130,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate90.errors = vErrors;
return false;
}
validate90.errors = vErrors;
return errors === 0;
}

const schema133 = {"description":"FROM --platform=$TARGETPLATFORM, which is what FROM uses anyway. Default: warning. Aliases: DL3065, RedundantTargetPlatform. https://github.com/dflint/dflint/blob/main/rules/redundant-target-platform/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate92.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate92.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema133.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate92.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema133.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate92.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate92.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema133.else.type,parentSchema:schema133.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema133.if,parentSchema:schema133,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate92.errors = vErrors;
return false;
}
validate92.errors = vErrors;
return errors === 0;
}

const schema136 = {"description":"WORKDIR with a relative path: it resolves against whatever working directory comes before. Default: error. Aliases: DL3000, WorkdirRelativePath. https://github.com/dflint/dflint/blob/main/rules/relative-workdir/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate94.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate94.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema136.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate94.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema136.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate94.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate94.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema136.else.type,parentSchema:schema136.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema136.if,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate94.errors = vErrors;
return false;
}
validate94.errors = vErrors;
return errors === 0;
}

const schema139 = {"description":"more than one CMD, ENTRYPOINT or HEALTHCHECK in a stage: only the last takes effect. Default: error. Aliases: DL3012, DL4003, DL4004, MultipleInstructionsDisallowed. https://github.com/dflint/dflint/blob/main/rules/repeated-instruction/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate96.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate96.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema139.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate96.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema139.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate96.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate96.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema139.else.type,parentSchema:schema139.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema139.if,parentSchema:schema139,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate96.errors = vErrors;
return false;
}
validate96.errors = vErrors;
return errors === 0;
}

const schema142 = {"description":"a stage named scratch or context, words Docker reserves. Default: warning. Aliases: DL3063, ReservedStageName. https://github.com/dflint/dflint/blob/main/rules/reserved-stage-name/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate98.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate98.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema142.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate98.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema142.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate98.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate98.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema142.else.type,parentSchema:schema142.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema142.if,parentSchema:schema142,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate98.errors = vErrors;
return false;
}
validate98.errors = vErrors;
return errors === 0;
}

const schema145 = {"description":"the image ships with USER root as its last USER. Default: warning. Aliases: DL3002. https://github.com/dflint/dflint/blob/main/rules/root-user/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate100.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate100.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema145.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate100.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema145.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate100.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate100.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema145.else.type,parentSchema:schema145.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema145.if,parentSchema:schema145,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate100.errors = vErrors;
return false;
}
validate100.errors = vErrors;
return errors === 0;
}

const schema148 = {"description":"ARG or ENV whose name says it holds a secret (token, password, key): the value stays in the image. Default: warning. Aliases: DL3064, SecretsUsedInArgOrEnv. https://github.com/dflint/dflint/blob/main/rules/secret-in-arg-env/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate102(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate102.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate102.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema148.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate102.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema148.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate102.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate102.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema148.else.type,parentSchema:schema148.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema148.if,parentSchema:schema148,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate102.errors = vErrors;
return false;
}
validate102.errors = vErrors;
return errors === 0;
}

const schema151 = {"description":"CMD, ENTRYPOINT or HEALTHCHECK CMD in shell form: the program runs under /bin/sh -c. Default: warning. Aliases: DL3025, JSONArgsRecommended. https://github.com/dflint/dflint/blob/main/rules/shell-form-cmd/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate104(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate104.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate104.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema151.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate104.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema151.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate104.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate104.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema151.else.type,parentSchema:schema151.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema151.if,parentSchema:schema151,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate104.errors = vErrors;
return false;
}
validate104.errors = vErrors;
return errors === 0;
}

const schema154 = {"description":"RUN replaces /bin/sh with a link (ln … /bin/sh): use SHELL to change the shell RUN uses. Default: warning. Aliases: DL4005. https://github.com/dflint/dflint/blob/main/rules/shell-symlink/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate106(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate106.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate106.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema154.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate106.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema154.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate106.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate106.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema154.else.type,parentSchema:schema154.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema154.if,parentSchema:schema154,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate106.errors = vErrors;
return false;
}
validate106.errors = vErrors;
return errors === 0;
}

const schema157 = {"description":"ShellCheck findings inside RUN scripts (shell form and heredocs), at their own line and column. Default: warning. https://github.com/dflint/dflint/blob/main/rules/shellcheck/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate108(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate108.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate108.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema157.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate108.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema157.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate108.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate108.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema157.else.type,parentSchema:schema157.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema157.if,parentSchema:schema157,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate108.errors = vErrors;
return false;
}
validate108.errors = vErrors;
return errors === 0;
}

const schema160 = {"description":"a comment right above a named FROM or an ARG that does not start with the stage or ARG name, as `docker build --call=outline` reads it (off by default). Default: info. Aliases: InvalidDefinitionDescription. https://github.com/dflint/dflint/blob/main/rules/stage-description-format/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate110.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate110.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema160.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate110.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema160.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate110.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate110.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema160.else.type,parentSchema:schema160.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema160.if,parentSchema:schema160,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate110.errors = vErrors;
return false;
}
validate110.errors = vErrors;
return errors === 0;
}

const schema163 = {"description":"a stage name with upper-case letters. Default: warning. Aliases: StageNameCasing. https://github.com/dflint/dflint/blob/main/rules/stage-name-casing/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate112(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate112.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate112.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema163.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate112.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema163.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate112.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate112.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema163.else.type,parentSchema:schema163.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema163.if,parentSchema:schema163,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate112.errors = vErrors;
return false;
}
validate112.errors = vErrors;
return errors === 0;
}

const schema166 = {"description":"sudo in a RUN: switch users with USER instead. Default: error. Aliases: DL3004. https://github.com/dflint/dflint/blob/main/rules/sudo-in-run/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate114(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate114.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate114.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema166.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate114.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema166.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate114.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate114.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema166.else.type,parentSchema:schema166.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema166.if,parentSchema:schema166,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate114.errors = vErrors;
return false;
}
validate114.errors = vErrors;
return errors === 0;
}

const schema169 = {"description":"what docker build rejects before it starts: unknown instructions and flags, missing arguments, no FROM, a file that is not a Dockerfile. Default: error. Aliases: DL1000, DL3061. https://github.com/dflint/dflint/blob/main/rules/syntax-error/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate116(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate116.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate116.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema169.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate116.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema169.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate116.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate116.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema169.else.type,parentSchema:schema169.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema169.if,parentSchema:schema169,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate116.errors = vErrors;
return false;
}
validate116.errors = vErrors;
return errors === 0;
}

const schema172 = {"description":"FROM using a variable that no ARG before the first FROM declares. Default: warning. Aliases: UndefinedArgInFrom. https://github.com/dflint/dflint/blob/main/rules/undefined-arg-in-from/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate118(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate118.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate118.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema172.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate118.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema172.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate118.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate118.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema172.else.type,parentSchema:schema172.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema172.if,parentSchema:schema172,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate118.errors = vErrors;
return false;
}
validate118.errors = vErrors;
return errors === 0;
}

const schema175 = {"description":"a variable used in ENV, ARG, LABEL, COPY, ADD, WORKDIR, USER, … that no ARG, ENV or base image defines there. Default: warning. Aliases: UndefinedVar. https://github.com/dflint/dflint/blob/main/rules/undefined-var/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate120(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate120.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate120.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema175.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate120.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema175.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate120.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate120.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema175.else.type,parentSchema:schema175.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema175.if,parentSchema:schema175,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate120.errors = vErrors;
return false;
}
validate120.errors = vErrors;
return errors === 0;
}

const schema178 = {"description":"FROM an image without a tag or digest, or with the mutable tag latest. Default: warning. Aliases: DL3006, DL3007. https://github.com/dflint/dflint/blob/main/rules/unpinned-base-image/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate122(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate122.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate122.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema178.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate122.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema178.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate122.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate122.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema178.else.type,parentSchema:schema178.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema178.if,parentSchema:schema178,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate122.errors = vErrors;
return false;
}
validate122.errors = vErrors;
return errors === 0;
}

const schema181 = {"description":"packages installed without a version (apt, apk, pip, npm, gem, yum/dnf, zypper, go). Default: warning. Aliases: DL3008, DL3013, DL3016, DL3018, DL3028, DL3033, DL3037, DL3041, DL3062. https://github.com/dflint/dflint/blob/main/rules/unpinned-package/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate124(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate124.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate124.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema181.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate124.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema181.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate124.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate124.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema181.else.type,parentSchema:schema181.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema181.if,parentSchema:schema181,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate124.errors = vErrors;
return false;
}
validate124.errors = vErrors;
return errors === 0;
}

const schema184 = {"description":"RUNs and ADDs that fetch mutable remote state (git clone of a branch, curl of latest, ADD <url> without --checksum). Default: warning. https://github.com/dflint/dflint/blob/main/rules/unpinned-remote/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate126(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate126.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate126.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema184.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate126.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema184.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate126.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate126.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema184.else.type,parentSchema:schema184.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema184.if,parentSchema:schema184,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate126.errors = vErrors;
return false;
}
validate126.errors = vErrors;
return errors === 0;
}

const schema187 = {"description":"FROM, COPY --from or RUN --mount from= pulling an image from a registry not in the trusted list. Default: error. Aliases: DL3026. https://github.com/dflint/dflint/blob/main/rules/untrusted-registry/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"registries":{"type":"array","items":{"type":"string","minLength":1},"default":[],"description":"The registries images may come from (`docker.io`, `ghcr.io`); `*` matches any, `*.example.com` any name ending so, `registry.*` any name starting so. Empty (the default): the rule checks nothing. hadolint's `trustedRegistries`."}},"additionalProperties":false}],"minItems":1,"additionalItems":false}};

function validate128(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate128.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate128.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema187.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 2)){
validate128.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:false,parentSchema:schema187.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
const _errs7 = errors;
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate128.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
var valid2 = _errs7 === errors;
}
if(valid2){
if(len1 > 1){
let data1 = data[1];
const _errs9 = errors;
if(errors === _errs9){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
const _errs11 = errors;
for(const key0 in data1){
if(!(key0 === "registries")){
validate128.errors = [{instancePath:instancePath+"/1",schemaPath:"#/else/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema187.else.items[1],data:data1}];
return false;
break;
}
}
if(_errs11 === errors){
if(data1.registries !== undefined){
let data2 = data1.registries;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data2)){
var valid5 = true;
const len2 = data2.length;
for(let i0=0; i0<len2; i0++){
let data3 = data2[i0];
const _errs14 = errors;
if(errors === _errs14){
if(typeof data3 === "string"){
if(func4(data3) < 1){
validate128.errors = [{instancePath:instancePath+"/1/registries/" + i0,schemaPath:"#/else/items/1/properties/registries/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema187.else.items[1].properties.registries.items,data:data3}];
return false;
}
}
else {
validate128.errors = [{instancePath:instancePath+"/1/registries/" + i0,schemaPath:"#/else/items/1/properties/registries/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema187.else.items[1].properties.registries.items.type,parentSchema:schema187.else.items[1].properties.registries.items,data:data3}];
return false;
}
}
var valid5 = _errs14 === errors;
if(!valid5){
break;
}
}
}
else {
validate128.errors = [{instancePath:instancePath+"/1/registries",schemaPath:"#/else/items/1/properties/registries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema187.else.items[1].properties.registries.type,parentSchema:schema187.else.items[1].properties.registries,data:data2}];
return false;
}
}
}
}
}
else {
validate128.errors = [{instancePath:instancePath+"/1",schemaPath:"#/else/items/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema187.else.items[1].type,parentSchema:schema187.else.items[1],data:data1}];
return false;
}
}
var valid2 = _errs9 === errors;
}
}
}
}
}
else {
validate128.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema187.else.type,parentSchema:schema187.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema187.if,parentSchema:schema187,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate128.errors = vErrors;
return false;
}
validate128.errors = vErrors;
return errors === 0;
}

const schema190 = {"description":"useradd with a high UID and without -l: lastlog and faillog can grow into huge sparse files the layer stores in full. Default: warning. Aliases: DL3046. https://github.com/dflint/dflint/blob/main/rules/useradd-without-no-log-init/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate130(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate130.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate130.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema190.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate130.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema190.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate130.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate130.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema190.else.type,parentSchema:schema190.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema190.if,parentSchema:schema190,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate130.errors = vErrors;
return false;
}
validate130.errors = vErrors;
return errors === 0;
}

const schema193 = {"description":"an ARG that changes every build (BUILD_DATE, VCS_REF, *_SHA, …) declared before RUNs that do not use it. Default: warning. https://github.com/dflint/dflint/blob/main/rules/volatile-arg-early/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"names":{"type":"array","items":{"type":"string","minLength":1},"default":[],"description":"More build-argument names whose value changes every build, matched case-insensitively; `*` matches any text (`[\"CI_PIPELINE_*\", \"BUILD_NUMBER\"]`)."}},"additionalProperties":false}],"minItems":1,"additionalItems":false}};

function validate132(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate132.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate132.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema193.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 2)){
validate132.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:false,parentSchema:schema193.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
const _errs7 = errors;
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate132.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
var valid2 = _errs7 === errors;
}
if(valid2){
if(len1 > 1){
let data1 = data[1];
const _errs9 = errors;
if(errors === _errs9){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
const _errs11 = errors;
for(const key0 in data1){
if(!(key0 === "names")){
validate132.errors = [{instancePath:instancePath+"/1",schemaPath:"#/else/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema193.else.items[1],data:data1}];
return false;
break;
}
}
if(_errs11 === errors){
if(data1.names !== undefined){
let data2 = data1.names;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data2)){
var valid5 = true;
const len2 = data2.length;
for(let i0=0; i0<len2; i0++){
let data3 = data2[i0];
const _errs14 = errors;
if(errors === _errs14){
if(typeof data3 === "string"){
if(func4(data3) < 1){
validate132.errors = [{instancePath:instancePath+"/1/names/" + i0,schemaPath:"#/else/items/1/properties/names/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema193.else.items[1].properties.names.items,data:data3}];
return false;
}
}
else {
validate132.errors = [{instancePath:instancePath+"/1/names/" + i0,schemaPath:"#/else/items/1/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema193.else.items[1].properties.names.items.type,parentSchema:schema193.else.items[1].properties.names.items,data:data3}];
return false;
}
}
var valid5 = _errs14 === errors;
if(!valid5){
break;
}
}
}
else {
validate132.errors = [{instancePath:instancePath+"/1/names",schemaPath:"#/else/items/1/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema193.else.items[1].properties.names.type,parentSchema:schema193.else.items[1].properties.names,data:data2}];
return false;
}
}
}
}
}
else {
validate132.errors = [{instancePath:instancePath+"/1",schemaPath:"#/else/items/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema193.else.items[1].type,parentSchema:schema193.else.items[1],data:data1}];
return false;
}
}
var valid2 = _errs9 === errors;
}
}
}
}
}
else {
validate132.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema193.else.type,parentSchema:schema193.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema193.if,parentSchema:schema193,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate132.errors = vErrors;
return false;
}
validate132.errors = vErrors;
return errors === 0;
}

const schema196 = {"description":"wget without --progress, -q or -nv: its progress display floods the build log. Default: info. Aliases: DL3047. https://github.com/dflint/dflint/blob/main/rules/wget-without-progress/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate134(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate134.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate134.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema196.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate134.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema196.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate134.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate134.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema196.else.type,parentSchema:schema196.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema196.if,parentSchema:schema196,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate134.errors = vErrors;
return false;
}
validate134.errors = vErrors;
return errors === 0;
}

const schema199 = {"description":"zypper dist-upgrade (dup) in a build: a distribution upgrade belongs in the base image. Default: warning. Aliases: DL3035. https://github.com/dflint/dflint/blob/main/rules/zypper-dist-upgrade/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

function validate136(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((data === "error") || (data === "warning")) || (data === "info")) || (data === "style")) || (data === "off"))){
validate136.errors = [{instancePath,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data)){
if(data.length < 1){
validate136.errors = [{instancePath,schemaPath:"#/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema199.else,data}];
return false;
}
else {
const len0 = data.length;
if(!(len0 <= 1)){
validate136.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema199.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate136.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
}
}
}
}
}
else {
validate136.errors = [{instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema199.else.type,parentSchema:schema199.else,data}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema199.if,parentSchema:schema199,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate136.errors = vErrors;
return false;
}
validate136.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((func2.call(schema12.properties, key0)) || (pattern0.test(key0)))){
validate11.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data["add-instead-of-copy"] !== undefined){
const _errs2 = errors;
if(!(validate12(data["add-instead-of-copy"], {instancePath:instancePath+"/add-instead-of-copy",parentData:data,parentDataProperty:"add-instead-of-copy",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["apt-in-script"] !== undefined){
const _errs3 = errors;
if(!(validate14(data["apt-in-script"], {instancePath:instancePath+"/apt-in-script",parentData:data,parentDataProperty:"apt-in-script",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["apt-install-recommends"] !== undefined){
const _errs4 = errors;
if(!(validate16(data["apt-install-recommends"], {instancePath:instancePath+"/apt-install-recommends",parentData:data,parentDataProperty:"apt-install-recommends",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["apt-update-alone"] !== undefined){
const _errs5 = errors;
if(!(validate18(data["apt-update-alone"], {instancePath:instancePath+"/apt-update-alone",parentData:data,parentDataProperty:"apt-update-alone",rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["archive-copy-extract"] !== undefined){
const _errs6 = errors;
if(!(validate20(data["archive-copy-extract"], {instancePath:instancePath+"/archive-copy-extract",parentData:data,parentDataProperty:"archive-copy-extract",rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-bust-order"] !== undefined){
const _errs7 = errors;
if(!(validate22(data["cache-bust-order"], {instancePath:instancePath+"/cache-bust-order",parentData:data,parentDataProperty:"cache-bust-order",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cd-in-run"] !== undefined){
const _errs8 = errors;
if(!(validate24(data["cd-in-run"], {instancePath:instancePath+"/cd-in-run",parentData:data,parentDataProperty:"cd-in-run",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["chmod-after-copy"] !== undefined){
const _errs9 = errors;
if(!(validate26(data["chmod-after-copy"], {instancePath:instancePath+"/chmod-after-copy",parentData:data,parentDataProperty:"chmod-after-copy",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["consecutive-run"] !== undefined){
const _errs10 = errors;
if(!(validate28(data["consecutive-run"], {instancePath:instancePath+"/consecutive-run",parentData:data,parentDataProperty:"consecutive-run",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["copy-context-bloat"] !== undefined){
const _errs11 = errors;
if(!(validate30(data["copy-context-bloat"], {instancePath:instancePath+"/copy-context-bloat",parentData:data,parentDataProperty:"copy-context-bloat",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["copy-from-own-stage"] !== undefined){
const _errs12 = errors;
if(!(validate32(data["copy-from-own-stage"], {instancePath:instancePath+"/copy-from-own-stage",parentData:data,parentDataProperty:"copy-from-own-stage",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["copy-from-unknown-stage"] !== undefined){
const _errs13 = errors;
if(!(validate34(data["copy-from-unknown-stage"], {instancePath:instancePath+"/copy-from-unknown-stage",parentData:data,parentDataProperty:"copy-from-unknown-stage",rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["copy-ignored-file"] !== undefined){
const _errs14 = errors;
if(!(validate36(data["copy-ignored-file"], {instancePath:instancePath+"/copy-ignored-file",parentData:data,parentDataProperty:"copy-ignored-file",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["copy-multiple-sources-dest"] !== undefined){
const _errs15 = errors;
if(!(validate38(data["copy-multiple-sources-dest"], {instancePath:instancePath+"/copy-multiple-sources-dest",parentData:data,parentDataProperty:"copy-multiple-sources-dest",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["copy-relative-without-workdir"] !== undefined){
const _errs16 = errors;
if(!(validate40(data["copy-relative-without-workdir"], {instancePath:instancePath+"/copy-relative-without-workdir",parentData:data,parentDataProperty:"copy-relative-without-workdir",rootData}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["copy-whole-stage"] !== undefined){
const _errs17 = errors;
if(!(validate42(data["copy-whole-stage"], {instancePath:instancePath+"/copy-whole-stage",parentData:data,parentDataProperty:"copy-whole-stage",rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["curl-and-wget"] !== undefined){
const _errs18 = errors;
if(!(validate44(data["curl-and-wget"], {instancePath:instancePath+"/curl-and-wget",parentData:data,parentDataProperty:"curl-and-wget",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["delete-after-add"] !== undefined){
const _errs19 = errors;
if(!(validate46(data["delete-after-add"], {instancePath:instancePath+"/delete-after-add",parentData:data,parentDataProperty:"delete-after-add",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["duplicate-stage-name"] !== undefined){
const _errs20 = errors;
if(!(validate48(data["duplicate-stage-name"], {instancePath:instancePath+"/duplicate-stage-name",parentData:data,parentDataProperty:"duplicate-stage-name",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["empty-continuation"] !== undefined){
const _errs21 = errors;
if(!(validate50(data["empty-continuation"], {instancePath:instancePath+"/empty-continuation",parentData:data,parentDataProperty:"empty-continuation",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["env-self-reference"] !== undefined){
const _errs22 = errors;
if(!(validate52(data["env-self-reference"], {instancePath:instancePath+"/env-self-reference",parentData:data,parentDataProperty:"env-self-reference",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["from-as-casing"] !== undefined){
const _errs23 = errors;
if(!(validate54(data["from-as-casing"], {instancePath:instancePath+"/from-as-casing",parentData:data,parentDataProperty:"from-as-casing",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["from-platform-flag"] !== undefined){
const _errs24 = errors;
if(!(validate56(data["from-platform-flag"], {instancePath:instancePath+"/from-platform-flag",parentData:data,parentDataProperty:"from-platform-flag",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["hadolint-ignore-pragma"] !== undefined){
const _errs25 = errors;
if(!(validate58(data["hadolint-ignore-pragma"], {instancePath:instancePath+"/hadolint-ignore-pragma",parentData:data,parentDataProperty:"hadolint-ignore-pragma",rootData}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["install-without-yes"] !== undefined){
const _errs26 = errors;
if(!(validate60(data["install-without-yes"], {instancePath:instancePath+"/install-without-yes",parentData:data,parentDataProperty:"install-without-yes",rootData}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["instruction-casing"] !== undefined){
const _errs27 = errors;
if(!(validate62(data["instruction-casing"], {instancePath:instancePath+"/instruction-casing",parentData:data,parentDataProperty:"instruction-casing",rootData}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["invalid-default-arg-in-from"] !== undefined){
const _errs28 = errors;
if(!(validate64(data["invalid-default-arg-in-from"], {instancePath:instancePath+"/invalid-default-arg-in-from",parentData:data,parentDataProperty:"invalid-default-arg-in-from",rootData}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["invalid-expose"] !== undefined){
const _errs29 = errors;
if(!(validate66(data["invalid-expose"], {instancePath:instancePath+"/invalid-expose",parentData:data,parentDataProperty:"invalid-expose",rootData}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["invalid-label-key"] !== undefined){
const _errs30 = errors;
if(!(validate68(data["invalid-label-key"], {instancePath:instancePath+"/invalid-label-key",parentData:data,parentDataProperty:"invalid-label-key",rootData}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["label-schema"] !== undefined){
const _errs31 = errors;
if(!(validate70(data["label-schema"], {instancePath:instancePath+"/label-schema",parentData:data,parentDataProperty:"label-schema",rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["layer-count"] !== undefined){
const _errs32 = errors;
if(!(validate72(data["layer-count"], {instancePath:instancePath+"/layer-count",parentData:data,parentDataProperty:"layer-count",rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["legacy-key-value"] !== undefined){
const _errs33 = errors;
if(!(validate74(data["legacy-key-value"], {instancePath:instancePath+"/legacy-key-value",parentData:data,parentDataProperty:"legacy-key-value",rootData}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["maintainer-deprecated"] !== undefined){
const _errs34 = errors;
if(!(validate76(data["maintainer-deprecated"], {instancePath:instancePath+"/maintainer-deprecated",parentData:data,parentDataProperty:"maintainer-deprecated",rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["metadata-merge"] !== undefined){
const _errs35 = errors;
if(!(validate78(data["metadata-merge"], {instancePath:instancePath+"/metadata-merge",parentData:data,parentDataProperty:"metadata-merge",rootData}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["missing-healthcheck"] !== undefined){
const _errs36 = errors;
if(!(validate80(data["missing-healthcheck"], {instancePath:instancePath+"/missing-healthcheck",parentData:data,parentDataProperty:"missing-healthcheck",rootData}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["non-numeric-user"] !== undefined){
const _errs37 = errors;
if(!(validate82(data["non-numeric-user"], {instancePath:instancePath+"/non-numeric-user",parentData:data,parentDataProperty:"non-numeric-user",rootData}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["onbuild-forbidden-trigger"] !== undefined){
const _errs38 = errors;
if(!(validate84(data["onbuild-forbidden-trigger"], {instancePath:instancePath+"/onbuild-forbidden-trigger",parentData:data,parentDataProperty:"onbuild-forbidden-trigger",rootData}))){
vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
errors = vErrors.length;
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["package-cache"] !== undefined){
const _errs39 = errors;
if(!(validate86(data["package-cache"], {instancePath:instancePath+"/package-cache",parentData:data,parentDataProperty:"package-cache",rootData}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["pipe-without-pipefail"] !== undefined){
const _errs40 = errors;
if(!(validate88(data["pipe-without-pipefail"], {instancePath:instancePath+"/pipe-without-pipefail",parentData:data,parentDataProperty:"pipe-without-pipefail",rootData}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["pointless-command"] !== undefined){
const _errs41 = errors;
if(!(validate90(data["pointless-command"], {instancePath:instancePath+"/pointless-command",parentData:data,parentDataProperty:"pointless-command",rootData}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["redundant-target-platform"] !== undefined){
const _errs42 = errors;
if(!(validate92(data["redundant-target-platform"], {instancePath:instancePath+"/redundant-target-platform",parentData:data,parentDataProperty:"redundant-target-platform",rootData}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
var valid0 = _errs42 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["relative-workdir"] !== undefined){
const _errs43 = errors;
if(!(validate94(data["relative-workdir"], {instancePath:instancePath+"/relative-workdir",parentData:data,parentDataProperty:"relative-workdir",rootData}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["repeated-instruction"] !== undefined){
const _errs44 = errors;
if(!(validate96(data["repeated-instruction"], {instancePath:instancePath+"/repeated-instruction",parentData:data,parentDataProperty:"repeated-instruction",rootData}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
var valid0 = _errs44 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["reserved-stage-name"] !== undefined){
const _errs45 = errors;
if(!(validate98(data["reserved-stage-name"], {instancePath:instancePath+"/reserved-stage-name",parentData:data,parentDataProperty:"reserved-stage-name",rootData}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
var valid0 = _errs45 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["root-user"] !== undefined){
const _errs46 = errors;
if(!(validate100(data["root-user"], {instancePath:instancePath+"/root-user",parentData:data,parentDataProperty:"root-user",rootData}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
var valid0 = _errs46 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["secret-in-arg-env"] !== undefined){
const _errs47 = errors;
if(!(validate102(data["secret-in-arg-env"], {instancePath:instancePath+"/secret-in-arg-env",parentData:data,parentDataProperty:"secret-in-arg-env",rootData}))){
vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
errors = vErrors.length;
}
var valid0 = _errs47 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["shell-form-cmd"] !== undefined){
const _errs48 = errors;
if(!(validate104(data["shell-form-cmd"], {instancePath:instancePath+"/shell-form-cmd",parentData:data,parentDataProperty:"shell-form-cmd",rootData}))){
vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
errors = vErrors.length;
}
var valid0 = _errs48 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["shell-symlink"] !== undefined){
const _errs49 = errors;
if(!(validate106(data["shell-symlink"], {instancePath:instancePath+"/shell-symlink",parentData:data,parentDataProperty:"shell-symlink",rootData}))){
vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
errors = vErrors.length;
}
var valid0 = _errs49 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.shellcheck !== undefined){
const _errs50 = errors;
if(!(validate108(data.shellcheck, {instancePath:instancePath+"/shellcheck",parentData:data,parentDataProperty:"shellcheck",rootData}))){
vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
errors = vErrors.length;
}
var valid0 = _errs50 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["stage-description-format"] !== undefined){
const _errs51 = errors;
if(!(validate110(data["stage-description-format"], {instancePath:instancePath+"/stage-description-format",parentData:data,parentDataProperty:"stage-description-format",rootData}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
var valid0 = _errs51 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["stage-name-casing"] !== undefined){
const _errs52 = errors;
if(!(validate112(data["stage-name-casing"], {instancePath:instancePath+"/stage-name-casing",parentData:data,parentDataProperty:"stage-name-casing",rootData}))){
vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
errors = vErrors.length;
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["sudo-in-run"] !== undefined){
const _errs53 = errors;
if(!(validate114(data["sudo-in-run"], {instancePath:instancePath+"/sudo-in-run",parentData:data,parentDataProperty:"sudo-in-run",rootData}))){
vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
errors = vErrors.length;
}
var valid0 = _errs53 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["syntax-error"] !== undefined){
const _errs54 = errors;
if(!(validate116(data["syntax-error"], {instancePath:instancePath+"/syntax-error",parentData:data,parentDataProperty:"syntax-error",rootData}))){
vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
errors = vErrors.length;
}
var valid0 = _errs54 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["undefined-arg-in-from"] !== undefined){
const _errs55 = errors;
if(!(validate118(data["undefined-arg-in-from"], {instancePath:instancePath+"/undefined-arg-in-from",parentData:data,parentDataProperty:"undefined-arg-in-from",rootData}))){
vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
errors = vErrors.length;
}
var valid0 = _errs55 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["undefined-var"] !== undefined){
const _errs56 = errors;
if(!(validate120(data["undefined-var"], {instancePath:instancePath+"/undefined-var",parentData:data,parentDataProperty:"undefined-var",rootData}))){
vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);
errors = vErrors.length;
}
var valid0 = _errs56 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["unpinned-base-image"] !== undefined){
const _errs57 = errors;
if(!(validate122(data["unpinned-base-image"], {instancePath:instancePath+"/unpinned-base-image",parentData:data,parentDataProperty:"unpinned-base-image",rootData}))){
vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
errors = vErrors.length;
}
var valid0 = _errs57 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["unpinned-package"] !== undefined){
const _errs58 = errors;
if(!(validate124(data["unpinned-package"], {instancePath:instancePath+"/unpinned-package",parentData:data,parentDataProperty:"unpinned-package",rootData}))){
vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
errors = vErrors.length;
}
var valid0 = _errs58 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["unpinned-remote"] !== undefined){
const _errs59 = errors;
if(!(validate126(data["unpinned-remote"], {instancePath:instancePath+"/unpinned-remote",parentData:data,parentDataProperty:"unpinned-remote",rootData}))){
vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
errors = vErrors.length;
}
var valid0 = _errs59 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["untrusted-registry"] !== undefined){
const _errs60 = errors;
if(!(validate128(data["untrusted-registry"], {instancePath:instancePath+"/untrusted-registry",parentData:data,parentDataProperty:"untrusted-registry",rootData}))){
vErrors = vErrors === null ? validate128.errors : vErrors.concat(validate128.errors);
errors = vErrors.length;
}
var valid0 = _errs60 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["useradd-without-no-log-init"] !== undefined){
const _errs61 = errors;
if(!(validate130(data["useradd-without-no-log-init"], {instancePath:instancePath+"/useradd-without-no-log-init",parentData:data,parentDataProperty:"useradd-without-no-log-init",rootData}))){
vErrors = vErrors === null ? validate130.errors : vErrors.concat(validate130.errors);
errors = vErrors.length;
}
var valid0 = _errs61 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["volatile-arg-early"] !== undefined){
const _errs62 = errors;
if(!(validate132(data["volatile-arg-early"], {instancePath:instancePath+"/volatile-arg-early",parentData:data,parentDataProperty:"volatile-arg-early",rootData}))){
vErrors = vErrors === null ? validate132.errors : vErrors.concat(validate132.errors);
errors = vErrors.length;
}
var valid0 = _errs62 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["wget-without-progress"] !== undefined){
const _errs63 = errors;
if(!(validate134(data["wget-without-progress"], {instancePath:instancePath+"/wget-without-progress",parentData:data,parentDataProperty:"wget-without-progress",rootData}))){
vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
errors = vErrors.length;
}
var valid0 = _errs63 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["zypper-dist-upgrade"] !== undefined){
const _errs64 = errors;
if(!(validate136(data["zypper-dist-upgrade"], {instancePath:instancePath+"/zypper-dist-upgrade",parentData:data,parentDataProperty:"zypper-dist-upgrade",rootData}))){
vErrors = vErrors === null ? validate136.errors : vErrors.concat(validate136.errors);
errors = vErrors.length;
}
var valid0 = _errs64 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3020 !== undefined){
const _errs65 = errors;
if(!(validate12(data.DL3020, {instancePath:instancePath+"/DL3020",parentData:data,parentDataProperty:"DL3020",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs65 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3027 !== undefined){
const _errs66 = errors;
if(!(validate14(data.DL3027, {instancePath:instancePath+"/DL3027",parentData:data,parentDataProperty:"DL3027",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
var valid0 = _errs66 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3015 !== undefined){
const _errs67 = errors;
if(!(validate16(data.DL3015, {instancePath:instancePath+"/DL3015",parentData:data,parentDataProperty:"DL3015",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
var valid0 = _errs67 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3010 !== undefined){
const _errs68 = errors;
if(!(validate20(data.DL3010, {instancePath:instancePath+"/DL3010",parentData:data,parentDataProperty:"DL3010",rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
var valid0 = _errs68 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3003 !== undefined){
const _errs69 = errors;
if(!(validate24(data.DL3003, {instancePath:instancePath+"/DL3003",parentData:data,parentDataProperty:"DL3003",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid0 = _errs69 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3059 !== undefined){
const _errs70 = errors;
if(!(validate28(data.DL3059, {instancePath:instancePath+"/DL3059",parentData:data,parentDataProperty:"DL3059",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid0 = _errs70 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3023 !== undefined){
const _errs71 = errors;
if(!(validate32(data.DL3023, {instancePath:instancePath+"/DL3023",parentData:data,parentDataProperty:"DL3023",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid0 = _errs71 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3022 !== undefined){
const _errs72 = errors;
if(!(validate34(data.DL3022, {instancePath:instancePath+"/DL3022",parentData:data,parentDataProperty:"DL3022",rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
var valid0 = _errs72 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.CopyIgnoredFile !== undefined){
const _errs73 = errors;
if(!(validate36(data.CopyIgnoredFile, {instancePath:instancePath+"/CopyIgnoredFile",parentData:data,parentDataProperty:"CopyIgnoredFile",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var valid0 = _errs73 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3021 !== undefined){
const _errs74 = errors;
if(!(validate38(data.DL3021, {instancePath:instancePath+"/DL3021",parentData:data,parentDataProperty:"DL3021",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
var valid0 = _errs74 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3045 !== undefined){
const _errs75 = errors;
if(!(validate40(data.DL3045, {instancePath:instancePath+"/DL3045",parentData:data,parentDataProperty:"DL3045",rootData}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var valid0 = _errs75 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3067 !== undefined){
const _errs76 = errors;
if(!(validate42(data.DL3067, {instancePath:instancePath+"/DL3067",parentData:data,parentDataProperty:"DL3067",rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
var valid0 = _errs76 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL4001 !== undefined){
const _errs77 = errors;
if(!(validate44(data.DL4001, {instancePath:instancePath+"/DL4001",parentData:data,parentDataProperty:"DL4001",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
var valid0 = _errs77 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3024 !== undefined){
const _errs78 = errors;
if(!(validate48(data.DL3024, {instancePath:instancePath+"/DL3024",parentData:data,parentDataProperty:"DL3024",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
var valid0 = _errs78 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DuplicateStageName !== undefined){
const _errs79 = errors;
if(!(validate48(data.DuplicateStageName, {instancePath:instancePath+"/DuplicateStageName",parentData:data,parentDataProperty:"DuplicateStageName",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
var valid0 = _errs79 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NoEmptyContinuation !== undefined){
const _errs80 = errors;
if(!(validate50(data.NoEmptyContinuation, {instancePath:instancePath+"/NoEmptyContinuation",parentData:data,parentDataProperty:"NoEmptyContinuation",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid0 = _errs80 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3044 !== undefined){
const _errs81 = errors;
if(!(validate52(data.DL3044, {instancePath:instancePath+"/DL3044",parentData:data,parentDataProperty:"DL3044",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
var valid0 = _errs81 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.FromAsCasing !== undefined){
const _errs82 = errors;
if(!(validate54(data.FromAsCasing, {instancePath:instancePath+"/FromAsCasing",parentData:data,parentDataProperty:"FromAsCasing",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var valid0 = _errs82 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3029 !== undefined){
const _errs83 = errors;
if(!(validate56(data.DL3029, {instancePath:instancePath+"/DL3029",parentData:data,parentDataProperty:"DL3029",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
var valid0 = _errs83 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.FromPlatformFlagConstDisallowed !== undefined){
const _errs84 = errors;
if(!(validate56(data.FromPlatformFlagConstDisallowed, {instancePath:instancePath+"/FromPlatformFlagConstDisallowed",parentData:data,parentDataProperty:"FromPlatformFlagConstDisallowed",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
var valid0 = _errs84 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL1001 !== undefined){
const _errs85 = errors;
if(!(validate58(data.DL1001, {instancePath:instancePath+"/DL1001",parentData:data,parentDataProperty:"DL1001",rootData}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var valid0 = _errs85 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3014 !== undefined){
const _errs86 = errors;
if(!(validate60(data.DL3014, {instancePath:instancePath+"/DL3014",parentData:data,parentDataProperty:"DL3014",rootData}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
var valid0 = _errs86 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3030 !== undefined){
const _errs87 = errors;
if(!(validate60(data.DL3030, {instancePath:instancePath+"/DL3030",parentData:data,parentDataProperty:"DL3030",rootData}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
var valid0 = _errs87 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3034 !== undefined){
const _errs88 = errors;
if(!(validate60(data.DL3034, {instancePath:instancePath+"/DL3034",parentData:data,parentDataProperty:"DL3034",rootData}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
var valid0 = _errs88 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3038 !== undefined){
const _errs89 = errors;
if(!(validate60(data.DL3038, {instancePath:instancePath+"/DL3038",parentData:data,parentDataProperty:"DL3038",rootData}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
var valid0 = _errs89 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ConsistentInstructionCasing !== undefined){
const _errs90 = errors;
if(!(validate62(data.ConsistentInstructionCasing, {instancePath:instancePath+"/ConsistentInstructionCasing",parentData:data,parentDataProperty:"ConsistentInstructionCasing",rootData}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
var valid0 = _errs90 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.InvalidDefaultArgInFrom !== undefined){
const _errs91 = errors;
if(!(validate64(data.InvalidDefaultArgInFrom, {instancePath:instancePath+"/InvalidDefaultArgInFrom",parentData:data,parentDataProperty:"InvalidDefaultArgInFrom",rootData}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
var valid0 = _errs91 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3011 !== undefined){
const _errs92 = errors;
if(!(validate66(data.DL3011, {instancePath:instancePath+"/DL3011",parentData:data,parentDataProperty:"DL3011",rootData}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
var valid0 = _errs92 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ExposeInvalidFormat !== undefined){
const _errs93 = errors;
if(!(validate66(data.ExposeInvalidFormat, {instancePath:instancePath+"/ExposeInvalidFormat",parentData:data,parentDataProperty:"ExposeInvalidFormat",rootData}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
var valid0 = _errs93 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ExposeProtoCasing !== undefined){
const _errs94 = errors;
if(!(validate66(data.ExposeProtoCasing, {instancePath:instancePath+"/ExposeProtoCasing",parentData:data,parentDataProperty:"ExposeProtoCasing",rootData}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
var valid0 = _errs94 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3048 !== undefined){
const _errs95 = errors;
if(!(validate68(data.DL3048, {instancePath:instancePath+"/DL3048",parentData:data,parentDataProperty:"DL3048",rootData}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
var valid0 = _errs95 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3049 !== undefined){
const _errs96 = errors;
if(!(validate70(data.DL3049, {instancePath:instancePath+"/DL3049",parentData:data,parentDataProperty:"DL3049",rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var valid0 = _errs96 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3050 !== undefined){
const _errs97 = errors;
if(!(validate70(data.DL3050, {instancePath:instancePath+"/DL3050",parentData:data,parentDataProperty:"DL3050",rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var valid0 = _errs97 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3051 !== undefined){
const _errs98 = errors;
if(!(validate70(data.DL3051, {instancePath:instancePath+"/DL3051",parentData:data,parentDataProperty:"DL3051",rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var valid0 = _errs98 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3052 !== undefined){
const _errs99 = errors;
if(!(validate70(data.DL3052, {instancePath:instancePath+"/DL3052",parentData:data,parentDataProperty:"DL3052",rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var valid0 = _errs99 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3053 !== undefined){
const _errs100 = errors;
if(!(validate70(data.DL3053, {instancePath:instancePath+"/DL3053",parentData:data,parentDataProperty:"DL3053",rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var valid0 = _errs100 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3054 !== undefined){
const _errs101 = errors;
if(!(validate70(data.DL3054, {instancePath:instancePath+"/DL3054",parentData:data,parentDataProperty:"DL3054",rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var valid0 = _errs101 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3055 !== undefined){
const _errs102 = errors;
if(!(validate70(data.DL3055, {instancePath:instancePath+"/DL3055",parentData:data,parentDataProperty:"DL3055",rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var valid0 = _errs102 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3056 !== undefined){
const _errs103 = errors;
if(!(validate70(data.DL3056, {instancePath:instancePath+"/DL3056",parentData:data,parentDataProperty:"DL3056",rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var valid0 = _errs103 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3058 !== undefined){
const _errs104 = errors;
if(!(validate70(data.DL3058, {instancePath:instancePath+"/DL3058",parentData:data,parentDataProperty:"DL3058",rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var valid0 = _errs104 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.LegacyKeyValueFormat !== undefined){
const _errs105 = errors;
if(!(validate74(data.LegacyKeyValueFormat, {instancePath:instancePath+"/LegacyKeyValueFormat",parentData:data,parentDataProperty:"LegacyKeyValueFormat",rootData}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
var valid0 = _errs105 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL4000 !== undefined){
const _errs106 = errors;
if(!(validate76(data.DL4000, {instancePath:instancePath+"/DL4000",parentData:data,parentDataProperty:"DL4000",rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
var valid0 = _errs106 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.MaintainerDeprecated !== undefined){
const _errs107 = errors;
if(!(validate76(data.MaintainerDeprecated, {instancePath:instancePath+"/MaintainerDeprecated",parentData:data,parentDataProperty:"MaintainerDeprecated",rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
var valid0 = _errs107 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3057 !== undefined){
const _errs108 = errors;
if(!(validate80(data.DL3057, {instancePath:instancePath+"/DL3057",parentData:data,parentDataProperty:"DL3057",rootData}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
var valid0 = _errs108 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3066 !== undefined){
const _errs109 = errors;
if(!(validate82(data.DL3066, {instancePath:instancePath+"/DL3066",parentData:data,parentDataProperty:"DL3066",rootData}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
var valid0 = _errs109 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3043 !== undefined){
const _errs110 = errors;
if(!(validate84(data.DL3043, {instancePath:instancePath+"/DL3043",parentData:data,parentDataProperty:"DL3043",rootData}))){
vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
errors = vErrors.length;
}
var valid0 = _errs110 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3009 !== undefined){
const _errs111 = errors;
if(!(validate86(data.DL3009, {instancePath:instancePath+"/DL3009",parentData:data,parentDataProperty:"DL3009",rootData}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
var valid0 = _errs111 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3019 !== undefined){
const _errs112 = errors;
if(!(validate86(data.DL3019, {instancePath:instancePath+"/DL3019",parentData:data,parentDataProperty:"DL3019",rootData}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
var valid0 = _errs112 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3032 !== undefined){
const _errs113 = errors;
if(!(validate86(data.DL3032, {instancePath:instancePath+"/DL3032",parentData:data,parentDataProperty:"DL3032",rootData}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
var valid0 = _errs113 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3036 !== undefined){
const _errs114 = errors;
if(!(validate86(data.DL3036, {instancePath:instancePath+"/DL3036",parentData:data,parentDataProperty:"DL3036",rootData}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
var valid0 = _errs114 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3040 !== undefined){
const _errs115 = errors;
if(!(validate86(data.DL3040, {instancePath:instancePath+"/DL3040",parentData:data,parentDataProperty:"DL3040",rootData}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
var valid0 = _errs115 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3042 !== undefined){
const _errs116 = errors;
if(!(validate86(data.DL3042, {instancePath:instancePath+"/DL3042",parentData:data,parentDataProperty:"DL3042",rootData}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
var valid0 = _errs116 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3060 !== undefined){
const _errs117 = errors;
if(!(validate86(data.DL3060, {instancePath:instancePath+"/DL3060",parentData:data,parentDataProperty:"DL3060",rootData}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
var valid0 = _errs117 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL4006 !== undefined){
const _errs118 = errors;
if(!(validate88(data.DL4006, {instancePath:instancePath+"/DL4006",parentData:data,parentDataProperty:"DL4006",rootData}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
var valid0 = _errs118 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3001 !== undefined){
const _errs119 = errors;
if(!(validate90(data.DL3001, {instancePath:instancePath+"/DL3001",parentData:data,parentDataProperty:"DL3001",rootData}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
var valid0 = _errs119 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3065 !== undefined){
const _errs120 = errors;
if(!(validate92(data.DL3065, {instancePath:instancePath+"/DL3065",parentData:data,parentDataProperty:"DL3065",rootData}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
var valid0 = _errs120 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.RedundantTargetPlatform !== undefined){
const _errs121 = errors;
if(!(validate92(data.RedundantTargetPlatform, {instancePath:instancePath+"/RedundantTargetPlatform",parentData:data,parentDataProperty:"RedundantTargetPlatform",rootData}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
var valid0 = _errs121 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3000 !== undefined){
const _errs122 = errors;
if(!(validate94(data.DL3000, {instancePath:instancePath+"/DL3000",parentData:data,parentDataProperty:"DL3000",rootData}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
var valid0 = _errs122 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.WorkdirRelativePath !== undefined){
const _errs123 = errors;
if(!(validate94(data.WorkdirRelativePath, {instancePath:instancePath+"/WorkdirRelativePath",parentData:data,parentDataProperty:"WorkdirRelativePath",rootData}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
var valid0 = _errs123 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3012 !== undefined){
const _errs124 = errors;
if(!(validate96(data.DL3012, {instancePath:instancePath+"/DL3012",parentData:data,parentDataProperty:"DL3012",rootData}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
var valid0 = _errs124 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL4003 !== undefined){
const _errs125 = errors;
if(!(validate96(data.DL4003, {instancePath:instancePath+"/DL4003",parentData:data,parentDataProperty:"DL4003",rootData}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
var valid0 = _errs125 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL4004 !== undefined){
const _errs126 = errors;
if(!(validate96(data.DL4004, {instancePath:instancePath+"/DL4004",parentData:data,parentDataProperty:"DL4004",rootData}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
var valid0 = _errs126 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.MultipleInstructionsDisallowed !== undefined){
const _errs127 = errors;
if(!(validate96(data.MultipleInstructionsDisallowed, {instancePath:instancePath+"/MultipleInstructionsDisallowed",parentData:data,parentDataProperty:"MultipleInstructionsDisallowed",rootData}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
var valid0 = _errs127 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3063 !== undefined){
const _errs128 = errors;
if(!(validate98(data.DL3063, {instancePath:instancePath+"/DL3063",parentData:data,parentDataProperty:"DL3063",rootData}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
var valid0 = _errs128 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ReservedStageName !== undefined){
const _errs129 = errors;
if(!(validate98(data.ReservedStageName, {instancePath:instancePath+"/ReservedStageName",parentData:data,parentDataProperty:"ReservedStageName",rootData}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
var valid0 = _errs129 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3002 !== undefined){
const _errs130 = errors;
if(!(validate100(data.DL3002, {instancePath:instancePath+"/DL3002",parentData:data,parentDataProperty:"DL3002",rootData}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
var valid0 = _errs130 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3064 !== undefined){
const _errs131 = errors;
if(!(validate102(data.DL3064, {instancePath:instancePath+"/DL3064",parentData:data,parentDataProperty:"DL3064",rootData}))){
vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
errors = vErrors.length;
}
var valid0 = _errs131 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.SecretsUsedInArgOrEnv !== undefined){
const _errs132 = errors;
if(!(validate102(data.SecretsUsedInArgOrEnv, {instancePath:instancePath+"/SecretsUsedInArgOrEnv",parentData:data,parentDataProperty:"SecretsUsedInArgOrEnv",rootData}))){
vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
errors = vErrors.length;
}
var valid0 = _errs132 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3025 !== undefined){
const _errs133 = errors;
if(!(validate104(data.DL3025, {instancePath:instancePath+"/DL3025",parentData:data,parentDataProperty:"DL3025",rootData}))){
vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
errors = vErrors.length;
}
var valid0 = _errs133 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.JSONArgsRecommended !== undefined){
const _errs134 = errors;
if(!(validate104(data.JSONArgsRecommended, {instancePath:instancePath+"/JSONArgsRecommended",parentData:data,parentDataProperty:"JSONArgsRecommended",rootData}))){
vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
errors = vErrors.length;
}
var valid0 = _errs134 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL4005 !== undefined){
const _errs135 = errors;
if(!(validate106(data.DL4005, {instancePath:instancePath+"/DL4005",parentData:data,parentDataProperty:"DL4005",rootData}))){
vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
errors = vErrors.length;
}
var valid0 = _errs135 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.InvalidDefinitionDescription !== undefined){
const _errs136 = errors;
if(!(validate110(data.InvalidDefinitionDescription, {instancePath:instancePath+"/InvalidDefinitionDescription",parentData:data,parentDataProperty:"InvalidDefinitionDescription",rootData}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
var valid0 = _errs136 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.StageNameCasing !== undefined){
const _errs137 = errors;
if(!(validate112(data.StageNameCasing, {instancePath:instancePath+"/StageNameCasing",parentData:data,parentDataProperty:"StageNameCasing",rootData}))){
vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
errors = vErrors.length;
}
var valid0 = _errs137 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3004 !== undefined){
const _errs138 = errors;
if(!(validate114(data.DL3004, {instancePath:instancePath+"/DL3004",parentData:data,parentDataProperty:"DL3004",rootData}))){
vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
errors = vErrors.length;
}
var valid0 = _errs138 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL1000 !== undefined){
const _errs139 = errors;
if(!(validate116(data.DL1000, {instancePath:instancePath+"/DL1000",parentData:data,parentDataProperty:"DL1000",rootData}))){
vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
errors = vErrors.length;
}
var valid0 = _errs139 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3061 !== undefined){
const _errs140 = errors;
if(!(validate116(data.DL3061, {instancePath:instancePath+"/DL3061",parentData:data,parentDataProperty:"DL3061",rootData}))){
vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
errors = vErrors.length;
}
var valid0 = _errs140 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.UndefinedArgInFrom !== undefined){
const _errs141 = errors;
if(!(validate118(data.UndefinedArgInFrom, {instancePath:instancePath+"/UndefinedArgInFrom",parentData:data,parentDataProperty:"UndefinedArgInFrom",rootData}))){
vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
errors = vErrors.length;
}
var valid0 = _errs141 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.UndefinedVar !== undefined){
const _errs142 = errors;
if(!(validate120(data.UndefinedVar, {instancePath:instancePath+"/UndefinedVar",parentData:data,parentDataProperty:"UndefinedVar",rootData}))){
vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);
errors = vErrors.length;
}
var valid0 = _errs142 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3006 !== undefined){
const _errs143 = errors;
if(!(validate122(data.DL3006, {instancePath:instancePath+"/DL3006",parentData:data,parentDataProperty:"DL3006",rootData}))){
vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
errors = vErrors.length;
}
var valid0 = _errs143 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3007 !== undefined){
const _errs144 = errors;
if(!(validate122(data.DL3007, {instancePath:instancePath+"/DL3007",parentData:data,parentDataProperty:"DL3007",rootData}))){
vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
errors = vErrors.length;
}
var valid0 = _errs144 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3008 !== undefined){
const _errs145 = errors;
if(!(validate124(data.DL3008, {instancePath:instancePath+"/DL3008",parentData:data,parentDataProperty:"DL3008",rootData}))){
vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
errors = vErrors.length;
}
var valid0 = _errs145 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3013 !== undefined){
const _errs146 = errors;
if(!(validate124(data.DL3013, {instancePath:instancePath+"/DL3013",parentData:data,parentDataProperty:"DL3013",rootData}))){
vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
errors = vErrors.length;
}
var valid0 = _errs146 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3016 !== undefined){
const _errs147 = errors;
if(!(validate124(data.DL3016, {instancePath:instancePath+"/DL3016",parentData:data,parentDataProperty:"DL3016",rootData}))){
vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
errors = vErrors.length;
}
var valid0 = _errs147 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3018 !== undefined){
const _errs148 = errors;
if(!(validate124(data.DL3018, {instancePath:instancePath+"/DL3018",parentData:data,parentDataProperty:"DL3018",rootData}))){
vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
errors = vErrors.length;
}
var valid0 = _errs148 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3028 !== undefined){
const _errs149 = errors;
if(!(validate124(data.DL3028, {instancePath:instancePath+"/DL3028",parentData:data,parentDataProperty:"DL3028",rootData}))){
vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
errors = vErrors.length;
}
var valid0 = _errs149 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3033 !== undefined){
const _errs150 = errors;
if(!(validate124(data.DL3033, {instancePath:instancePath+"/DL3033",parentData:data,parentDataProperty:"DL3033",rootData}))){
vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
errors = vErrors.length;
}
var valid0 = _errs150 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3037 !== undefined){
const _errs151 = errors;
if(!(validate124(data.DL3037, {instancePath:instancePath+"/DL3037",parentData:data,parentDataProperty:"DL3037",rootData}))){
vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
errors = vErrors.length;
}
var valid0 = _errs151 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3041 !== undefined){
const _errs152 = errors;
if(!(validate124(data.DL3041, {instancePath:instancePath+"/DL3041",parentData:data,parentDataProperty:"DL3041",rootData}))){
vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
errors = vErrors.length;
}
var valid0 = _errs152 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3062 !== undefined){
const _errs153 = errors;
if(!(validate124(data.DL3062, {instancePath:instancePath+"/DL3062",parentData:data,parentDataProperty:"DL3062",rootData}))){
vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
errors = vErrors.length;
}
var valid0 = _errs153 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3026 !== undefined){
const _errs154 = errors;
if(!(validate128(data.DL3026, {instancePath:instancePath+"/DL3026",parentData:data,parentDataProperty:"DL3026",rootData}))){
vErrors = vErrors === null ? validate128.errors : vErrors.concat(validate128.errors);
errors = vErrors.length;
}
var valid0 = _errs154 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3046 !== undefined){
const _errs155 = errors;
if(!(validate130(data.DL3046, {instancePath:instancePath+"/DL3046",parentData:data,parentDataProperty:"DL3046",rootData}))){
vErrors = vErrors === null ? validate130.errors : vErrors.concat(validate130.errors);
errors = vErrors.length;
}
var valid0 = _errs155 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3047 !== undefined){
const _errs156 = errors;
if(!(validate134(data.DL3047, {instancePath:instancePath+"/DL3047",parentData:data,parentDataProperty:"DL3047",rootData}))){
vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
errors = vErrors.length;
}
var valid0 = _errs156 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3035 !== undefined){
const _errs157 = errors;
if(!(validate136(data.DL3035, {instancePath:instancePath+"/DL3035",parentData:data,parentDataProperty:"DL3035",rootData}))){
vErrors = vErrors === null ? validate136.errors : vErrors.concat(validate136.errors);
errors = vErrors.length;
}
var valid0 = _errs157 === errors;
}
else {
var valid0 = true;
}
if(valid0){
var valid1 = true;
for(const key1 in data){
if(pattern0.test(key1)){
const _errs158 = errors;
if(!(validate108(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
errors = vErrors.length;
}
var valid1 = _errs158 === errors;
if(!valid1){
break;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}

const pattern2 = new RegExp("^\\s*\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG]([iI]?[bB])?)?\\s*$", "u");
const pattern3 = new RegExp("^[hH][tT][tT][pP][sS]?://[^\\s/]", "u");
const pattern5 = new RegExp("^\\s*[\\w.-]+/[\\w.-]+(/[\\w.-]+)?\\s*$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.$schema !== undefined){
let data0 = data.$schema;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate10.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.$schema.type,parentSchema:schema11.properties.$schema,data:data0}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.extends !== undefined){
let data1 = data.extends;
const _errs4 = errors;
if(!(data1 === "dflint:strict")){
validate10.errors = [{instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/enum",keyword:"enum",params:{allowedValues: schema11.properties.extends.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.extends.enum,parentSchema:schema11.properties.extends,data:data1}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rules !== undefined){
const _errs5 = errors;
if(!(validate11(data.rules, {instancePath:instancePath+"/rules",parentData:data,parentDataProperty:"rules",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ignorePatterns !== undefined){
let data3 = data.ignorePatterns;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data3)){
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs8 = errors;
if(typeof data4 !== "string"){
validate10.errors = [{instancePath:instancePath+"/ignorePatterns/" + i0,schemaPath:"#/properties/ignorePatterns/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.ignorePatterns.items.type,parentSchema:schema11.properties.ignorePatterns.items,data:data4}];
return false;
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/ignorePatterns",schemaPath:"#/properties/ignorePatterns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.ignorePatterns.type,parentSchema:schema11.properties.ignorePatterns,data:data3}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.overrides !== undefined){
let data5 = data.overrides;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data5)){
var valid2 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
const _errs12 = errors;
if(errors === _errs12){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing0;
if((data6.files === undefined) && (missing0 = "files")){
validate10.errors = [{instancePath:instancePath+"/overrides/" + i1,schemaPath:"#/properties/overrides/items/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema11.properties.overrides.items.required,parentSchema:schema11.properties.overrides.items,data:data6}];
return false;
}
else {
const _errs14 = errors;
for(const key1 in data6){
if(!((key1 === "files") || (key1 === "rules"))){
validate10.errors = [{instancePath:instancePath+"/overrides/" + i1,schemaPath:"#/properties/overrides/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.overrides.items,data:data6}];
return false;
break;
}
}
if(_errs14 === errors){
if(data6.files !== undefined){
let data7 = data6.files;
const _errs15 = errors;
if((typeof data7 !== "string") && (!(Array.isArray(data7)))){
validate10.errors = [{instancePath:instancePath+"/overrides/" + i1+"/files",schemaPath:"#/properties/overrides/items/properties/files/type",keyword:"type",params:{type: schema11.properties.overrides.items.properties.files.type},message:"must be string,array",schema:schema11.properties.overrides.items.properties.files.type,parentSchema:schema11.properties.overrides.items.properties.files,data:data7}];
return false;
}
if(errors === _errs15){
if(Array.isArray(data7)){
if(data7.length < 1){
validate10.errors = [{instancePath:instancePath+"/overrides/" + i1+"/files",schemaPath:"#/properties/overrides/items/properties/files/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.overrides.items.properties.files,data:data7}];
return false;
}
else {
var valid4 = true;
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
let data8 = data7[i2];
const _errs17 = errors;
if(typeof data8 !== "string"){
validate10.errors = [{instancePath:instancePath+"/overrides/" + i1+"/files/" + i2,schemaPath:"#/properties/overrides/items/properties/files/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.overrides.items.properties.files.items.type,parentSchema:schema11.properties.overrides.items.properties.files.items,data:data8}];
return false;
}
var valid4 = _errs17 === errors;
if(!valid4){
break;
}
}
}
}
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.rules !== undefined){
const _errs19 = errors;
if(!(validate11(data6.rules, {instancePath:instancePath+"/overrides/" + i1+"/rules",parentData:data6,parentDataProperty:"rules",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/overrides/" + i1,schemaPath:"#/properties/overrides/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.overrides.items.type,parentSchema:schema11.properties.overrides.items,data:data6}];
return false;
}
}
var valid2 = _errs12 === errors;
if(!valid2){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/overrides",schemaPath:"#/properties/overrides/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.overrides.type,parentSchema:schema11.properties.overrides,data:data5}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.context !== undefined){
let data10 = data.context;
const _errs20 = errors;
if(typeof data10 !== "string"){
validate10.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.context.type,parentSchema:schema11.properties.context,data:data10}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.failureThreshold !== undefined){
let data11 = data.failureThreshold;
const _errs22 = errors;
if(!(((((data11 === "error") || (data11 === "warning")) || (data11 === "info")) || (data11 === "style")) || (data11 === "none"))){
validate10.errors = [{instancePath:instancePath+"/failureThreshold",schemaPath:"#/properties/failureThreshold/enum",keyword:"enum",params:{allowedValues: schema11.properties.failureThreshold.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.failureThreshold.enum,parentSchema:schema11.properties.failureThreshold,data:data11}];
return false;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.maxFileSize !== undefined){
let data12 = data.maxFileSize;
const _errs23 = errors;
if((!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))) && (typeof data12 !== "string")){
validate10.errors = [{instancePath:instancePath+"/maxFileSize",schemaPath:"#/properties/maxFileSize/type",keyword:"type",params:{type: schema11.properties.maxFileSize.type},message:"must be integer,string",schema:schema11.properties.maxFileSize.type,parentSchema:schema11.properties.maxFileSize,data:data12}];
return false;
}
if(errors === _errs23){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 1 || isNaN(data12)){
validate10.errors = [{instancePath:instancePath+"/maxFileSize",schemaPath:"#/properties/maxFileSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.maxFileSize,data:data12}];
return false;
}
}
if(errors === _errs23){
if(typeof data12 === "string"){
if(!pattern2.test(data12)){
validate10.errors = [{instancePath:instancePath+"/maxFileSize",schemaPath:"#/properties/maxFileSize/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG]([iI]?[bB])?)?\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG]([iI]?[bB])?)?\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG]([iI]?[bB])?)?\\s*$",parentSchema:schema11.properties.maxFileSize,data:data12}];
return false;
}
}
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.offline !== undefined){
let data13 = data.offline;
const _errs25 = errors;
if(typeof data13 !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/offline",schemaPath:"#/properties/offline/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.offline.type,parentSchema:schema11.properties.offline,data:data13}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.registryMirrors !== undefined){
let data14 = data.registryMirrors;
const _errs27 = errors;
if(errors === _errs27){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key2 in data14){
let data15 = data14[key2];
const _errs30 = errors;
if(errors === _errs30){
if(typeof data15 === "string"){
if(!pattern3.test(data15)){
validate10.errors = [{instancePath:instancePath+"/registryMirrors/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/registryMirrors/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[hH][tT][tT][pP][sS]?://[^\\s/]"},message:"must match pattern \""+"^[hH][tT][tT][pP][sS]?://[^\\s/]"+"\"",schema:"^[hH][tT][tT][pP][sS]?://[^\\s/]",parentSchema:schema11.properties.registryMirrors.additionalProperties,data:data15}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/registryMirrors/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/registryMirrors/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.registryMirrors.additionalProperties.type,parentSchema:schema11.properties.registryMirrors.additionalProperties,data:data15}];
return false;
}
}
var valid5 = _errs30 === errors;
if(!valid5){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/registryMirrors",schemaPath:"#/properties/registryMirrors/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.registryMirrors.type,parentSchema:schema11.properties.registryMirrors,data:data14}];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.insecureRegistries !== undefined){
let data16 = data.insecureRegistries;
const _errs32 = errors;
if(errors === _errs32){
if(Array.isArray(data16)){
var valid6 = true;
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
let data17 = data16[i3];
const _errs34 = errors;
if(errors === _errs34){
if(typeof data17 === "string"){
if(func4(data17) < 1){
validate10.errors = [{instancePath:instancePath+"/insecureRegistries/" + i3,schemaPath:"#/properties/insecureRegistries/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.insecureRegistries.items,data:data17}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/insecureRegistries/" + i3,schemaPath:"#/properties/insecureRegistries/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.insecureRegistries.items.type,parentSchema:schema11.properties.insecureRegistries.items,data:data17}];
return false;
}
}
var valid6 = _errs34 === errors;
if(!valid6){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/insecureRegistries",schemaPath:"#/properties/insecureRegistries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.insecureRegistries.type,parentSchema:schema11.properties.insecureRegistries,data:data16}];
return false;
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.networkBudget !== undefined){
let data18 = data.networkBudget;
const _errs36 = errors;
if((!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))) && (typeof data18 !== "string")){
validate10.errors = [{instancePath:instancePath+"/networkBudget",schemaPath:"#/properties/networkBudget/type",keyword:"type",params:{type: schema11.properties.networkBudget.type},message:"must be integer,string",schema:schema11.properties.networkBudget.type,parentSchema:schema11.properties.networkBudget,data:data18}];
return false;
}
if(errors === _errs36){
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
validate10.errors = [{instancePath:instancePath+"/networkBudget",schemaPath:"#/properties/networkBudget/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.networkBudget,data:data18}];
return false;
}
}
if(errors === _errs36){
if(typeof data18 === "string"){
if(!pattern2.test(data18)){
validate10.errors = [{instancePath:instancePath+"/networkBudget",schemaPath:"#/properties/networkBudget/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG]([iI]?[bB])?)?\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG]([iI]?[bB])?)?\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG]([iI]?[bB])?)?\\s*$",parentSchema:schema11.properties.networkBudget,data:data18}];
return false;
}
}
}
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.platform !== undefined){
let data19 = data.platform;
const _errs38 = errors;
if(errors === _errs38){
if(typeof data19 === "string"){
if(!pattern5.test(data19)){
validate10.errors = [{instancePath:instancePath+"/platform",schemaPath:"#/properties/platform/pattern",keyword:"pattern",params:{pattern: "^\\s*[\\w.-]+/[\\w.-]+(/[\\w.-]+)?\\s*$"},message:"must match pattern \""+"^\\s*[\\w.-]+/[\\w.-]+(/[\\w.-]+)?\\s*$"+"\"",schema:"^\\s*[\\w.-]+/[\\w.-]+(/[\\w.-]+)?\\s*$",parentSchema:schema11.properties.platform,data:data19}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/platform",schemaPath:"#/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.platform.type,parentSchema:schema11.properties.platform,data:data19}];
return false;
}
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

