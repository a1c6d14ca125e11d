// @ts-nocheck
/* eslint-disable */
// Generated from schema.ts by `npm run docs` (ajv standalone code); do not edit. A test fails when it is stale.
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"dflint configuration","description":"A .dflintrc.json, .dflintrc.yaml or .dflintrc.yml file, or the \"dflint\" key of package.json. The nearest one above a Dockerfile applies to it.","type":"object","properties":{"$schema":{"description":"The schema this file follows, for editors.","type":"string"},"extends":{"description":"`dflint:strict`: also report what the default profile leaves out as noise (consecutive RUNs, ENVs or LABELs whose merge saves no bytes). This file's `rules` and `overrides` apply over it.","enum":["dflint:strict"]},"rules":{"$ref":"#/definitions/rules"},"ignorePatterns":{"description":"Dockerfiles not to lint: .gitignore-style patterns, relative to the folder of this config file.","type":"array","items":{"type":"string"}},"overrides":{"description":"Rule settings for some files only; a later override wins over an earlier one and over `rules`.","type":"array","items":{"type":"object","properties":{"files":{"description":"The Dockerfiles it applies to: .gitignore-style patterns, relative to the folder of this config file.","type":["string","array"],"items":{"type":"string"},"minItems":1},"rules":{"$ref":"#/definitions/rules"}},"required":["files"],"additionalProperties":false}},"context":{"description":"The build context COPY and ADD read from, relative to the folder of this config file (default: each Dockerfile's folder). --context wins over it.","type":"string"},"failureThreshold":{"description":"Exit 1 when a finding is at or above this severity (`none`: never); default `info`. --failure-threshold wins over it.","enum":["error","warning","info","style","none"]},"maxFileSize":{"title":"a size such as 20MB, 512KB or a number of bytes","description":"The largest Dockerfile dflint reads: a number of bytes, or a size with K, M or G (powers of 1024); default 10MB. A larger file is an error (exit 2) and is not read; so is a file with more lines than one per 200 bytes of the limit. --max-file-size wins over it.","type":["integer","string"],"minimum":1,"pattern":"^\\s*\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG]([iI]?[bB])?)?\\s*$"},"offline":{"description":"Resolve no base image and fetch no package index over the network (nor from the cache): figures that need them are unknown, \"base image not resolved (offline)\", \"package index not fetched (offline)\". --offline and DFLINT_OFFLINE=1 do the same; --no-offline wins over it.","type":"boolean"},"registryMirrors":{"description":"Registry → mirror URL, e.g. `{\"docker.io\": \"https://mirror.example.com\"}`: images of that registry are fetched from the mirror, as Docker's registry-mirrors. Plain http:// only for localhost, 127.0.0.1 and `insecureRegistries`. --registry-mirror REGISTRY=URL adds to them and wins for its registry.","title":"registry → URL","type":"object","additionalProperties":{"title":"an http:// or https:// URL","type":"string","pattern":"^[hH][tT][tT][pP][sS]?://[^\\s/]"}},"insecureRegistries":{"description":"Registries (host or host:port) spoken to over plain http; localhost and 127.0.0.1 always are. --insecure-registry adds to them.","type":"array","items":{"type":"string","minLength":1}},"networkBudget":{"title":"a size such as 1GB, 500MiB or a number of bytes","description":"The compressed layer bytes one run may download (K, M or G; powers of 1024); default 1GB. A base image whose layers are not cached and do not fit stays unresolved, with a note; 0 downloads no layer (only cached base images resolve). --network-budget wins over it.","type":["integer","string"],"minimum":0,"pattern":"^\\s*\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG]([iI]?[bB])?)?\\s*$"},"platform":{"title":"a platform such as linux/amd64, linux/arm64 or linux/arm/v7","description":"The platform the image is built for (docker build --platform), which picks a base image's manifest and sets $TARGETPLATFORM; default: this machine's (linux/<its architecture>). --platform wins over it.","type":"string","pattern":"^\\s*[\\w.-]+/[\\w.-]+(/[\\w.-]+)?\\s*$"}},"additionalProperties":false,"definitions":{"severity":{"title":"severity","description":"`off` switches the rule off; any other severity switches it on at that severity.","enum":["error","warning","info","style","off"]},"rules":{"description":"Rule settings by rule name, or by a hadolint/BuildKit code the rule aliases: a severity, or `[severity, options]`. Rules not named keep their default severity.","type":"object","properties":{"apt-update-alone":{"$ref":"#/definitions/rule-apt-update-alone"},"archive-copy-extract":{"$ref":"#/definitions/rule-archive-copy-extract"},"cache-bust-order":{"$ref":"#/definitions/rule-cache-bust-order"},"chmod-after-copy":{"$ref":"#/definitions/rule-chmod-after-copy"},"consecutive-run":{"$ref":"#/definitions/rule-consecutive-run"},"copy-context-bloat":{"$ref":"#/definitions/rule-copy-context-bloat"},"delete-after-add":{"$ref":"#/definitions/rule-delete-after-add"},"layer-count":{"$ref":"#/definitions/rule-layer-count"},"maintainer-deprecated":{"$ref":"#/definitions/rule-maintainer-deprecated"},"metadata-merge":{"$ref":"#/definitions/rule-metadata-merge"},"package-cache":{"$ref":"#/definitions/rule-package-cache"},"shellcheck":{"$ref":"#/definitions/rule-shellcheck"},"syntax-error":{"$ref":"#/definitions/rule-syntax-error"},"unpinned-remote":{"$ref":"#/definitions/rule-unpinned-remote"},"volatile-arg-early":{"$ref":"#/definitions/rule-volatile-arg-early"},"DL3010":{"description":"DL3010 is an alias of archive-copy-extract: the setting applies to that rule.","$ref":"#/definitions/rule-archive-copy-extract"},"DL3059":{"description":"DL3059 is an alias of consecutive-run: the setting applies to that rule.","$ref":"#/definitions/rule-consecutive-run"},"DL4000":{"description":"DL4000 is an alias of maintainer-deprecated: the setting applies to that rule.","$ref":"#/definitions/rule-maintainer-deprecated"},"MaintainerDeprecated":{"description":"MaintainerDeprecated is an alias of maintainer-deprecated: the setting applies to that rule.","$ref":"#/definitions/rule-maintainer-deprecated"},"DL3009":{"description":"DL3009 is one of the codes of package-cache: its severity applies to that rule's DL3009 findings only.","$ref":"#/definitions/rule-package-cache"},"DL3019":{"description":"DL3019 is one of the codes of package-cache: its severity applies to that rule's DL3019 findings only.","$ref":"#/definitions/rule-package-cache"},"DL3032":{"description":"DL3032 is one of the codes of package-cache: its severity applies to that rule's DL3032 findings only.","$ref":"#/definitions/rule-package-cache"},"DL3036":{"description":"DL3036 is one of the codes of package-cache: its severity applies to that rule's DL3036 findings only.","$ref":"#/definitions/rule-package-cache"},"DL3040":{"description":"DL3040 is one of the codes of package-cache: its severity applies to that rule's DL3040 findings only.","$ref":"#/definitions/rule-package-cache"},"DL3042":{"description":"DL3042 is one of the codes of package-cache: its severity applies to that rule's DL3042 findings only.","$ref":"#/definitions/rule-package-cache"},"DL3060":{"description":"DL3060 is one of the codes of package-cache: its severity applies to that rule's DL3060 findings only.","$ref":"#/definitions/rule-package-cache"},"DL1000":{"description":"DL1000 is an alias of syntax-error: the setting applies to that rule.","$ref":"#/definitions/rule-syntax-error"}},"patternProperties":{"^SC\\d{4}$":{"description":"a code of shellcheck: its severity applies to that rule's findings of that code only.","$ref":"#/definitions/rule-shellcheck"}},"additionalProperties":false},"rule-apt-update-alone":{"description":"a package index refresh (apt-get update, apk update, …) in a RUN that installs nothing. Default: warning. https://github.com/dflint/dflint/blob/main/rules/apt-update-alone/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-archive-copy-extract":{"description":"an archive COPY/ADD brings in and a later RUN extracts: the archive stays in the COPY layer. Default: warning. Aliases: DL3010. https://github.com/dflint/dflint/blob/main/rules/archive-copy-extract/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-cache-bust-order":{"description":"source copied (COPY . .) before a dependency install that only needs the manifests: every edit re-runs the install. Default: warning. https://github.com/dflint/dflint/blob/main/rules/cache-bust-order/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-chmod-after-copy":{"description":"chmod, chown, touch or an in-place edit of a file an earlier layer stored: the whole file is stored again. Default: warning. https://github.com/dflint/dflint/blob/main/rules/chmod-after-copy/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-consecutive-run":{"description":"consecutive RUNs that could be one RUN (one layer and one cache step each). Default: warning. Aliases: DL3059. https://github.com/dflint/dflint/blob/main/rules/consecutive-run/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"reportWithoutGain":{"type":"boolean","default":false,"description":"Also report RUNs whose merge saves no bytes: layers only, or only a fresh package index (which apt-update-alone reports)."}},"additionalProperties":false}],"minItems":1,"additionalItems":false}},"rule-copy-context-bloat":{"description":"COPY/ADD of a directory that brings in .git, node_modules, build output, archives or huge files. Default: warning. https://github.com/dflint/dflint/blob/main/rules/copy-context-bloat/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"maxFileBytes":{"type":"integer","minimum":1,"default":10485760,"description":"A copied file larger than this many bytes is reported."}},"additionalProperties":false}],"minItems":1,"additionalItems":false}},"rule-delete-after-add":{"description":"a file one layer stores and a later layer deletes, moves or overwrites: its bytes stay in the image. Default: warning. https://github.com/dflint/dflint/blob/main/rules/delete-after-add/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-layer-count":{"description":"a stage with so many layers that it nears the storage driver's limit of 127. Default: warning. https://github.com/dflint/dflint/blob/main/rules/layer-count/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"max":{"type":"integer","minimum":1,"default":100,"description":"Report a stage with this many layers or more."}},"additionalProperties":false}],"minItems":1,"additionalItems":false}},"rule-maintainer-deprecated":{"description":"MAINTAINER is deprecated; the OCI authors label replaces it. Default: warning. Aliases: DL4000, MaintainerDeprecated. https://github.com/dflint/dflint/blob/main/rules/maintainer-deprecated/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-metadata-merge":{"description":"consecutive LABELs, or consecutive ENVs, that could be one instruction (a history entry and a cache step each). Default: info. https://github.com/dflint/dflint/blob/main/rules/metadata-merge/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"reportWithoutGain":{"type":"boolean","default":false,"description":"Report mergeable LABELs and ENVs at all: a merge saves a history entry and a cache step, never bytes or layers."}},"additionalProperties":false}],"minItems":1,"additionalItems":false}},"rule-package-cache":{"description":"package-manager caches and lists left in a layer (apt, apk, yum/dnf, pip, npm, yarn, …). Default: warning. Aliases: DL3009, DL3019, DL3032, DL3036, DL3040, DL3042, DL3060. https://github.com/dflint/dflint/blob/main/rules/package-cache/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-shellcheck":{"description":"ShellCheck findings inside RUN scripts (shell form and heredocs), at their own line and column. Default: warning. https://github.com/dflint/dflint/blob/main/rules/shellcheck/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-syntax-error":{"description":"what docker build rejects before it starts: unknown instructions and flags, missing arguments, no FROM, a file that is not a Dockerfile. Default: error. Aliases: DL1000. https://github.com/dflint/dflint/blob/main/rules/syntax-error/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-unpinned-remote":{"description":"RUNs and ADDs that fetch mutable remote state (git clone of a branch, curl of latest, ADD <url> without --checksum). Default: warning. https://github.com/dflint/dflint/blob/main/rules/unpinned-remote/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}},"rule-volatile-arg-early":{"description":"an ARG that changes every build (BUILD_DATE, VCS_REF, *_SHA, …) declared before RUNs that do not use it. Default: warning. https://github.com/dflint/dflint/blob/main/rules/volatile-arg-early/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"names":{"type":"array","items":{"type":"string","minLength":1},"default":[],"description":"More build-argument names whose value changes every build, matched case-insensitively; `*` matches any text (`[\"CI_PIPELINE_*\", \"BUILD_NUMBER\"]`)."}},"additionalProperties":false}],"minItems":1,"additionalItems":false}}}};
const func2 = Object.prototype.hasOwnProperty;
const func4 = require("ajv/dist/runtime/ucs2length").default;
const schema12 = {"description":"Rule settings by rule name, or by a hadolint/BuildKit code the rule aliases: a severity, or `[severity, options]`. Rules not named keep their default severity.","type":"object","properties":{"apt-update-alone":{"$ref":"#/definitions/rule-apt-update-alone"},"archive-copy-extract":{"$ref":"#/definitions/rule-archive-copy-extract"},"cache-bust-order":{"$ref":"#/definitions/rule-cache-bust-order"},"chmod-after-copy":{"$ref":"#/definitions/rule-chmod-after-copy"},"consecutive-run":{"$ref":"#/definitions/rule-consecutive-run"},"copy-context-bloat":{"$ref":"#/definitions/rule-copy-context-bloat"},"delete-after-add":{"$ref":"#/definitions/rule-delete-after-add"},"layer-count":{"$ref":"#/definitions/rule-layer-count"},"maintainer-deprecated":{"$ref":"#/definitions/rule-maintainer-deprecated"},"metadata-merge":{"$ref":"#/definitions/rule-metadata-merge"},"package-cache":{"$ref":"#/definitions/rule-package-cache"},"shellcheck":{"$ref":"#/definitions/rule-shellcheck"},"syntax-error":{"$ref":"#/definitions/rule-syntax-error"},"unpinned-remote":{"$ref":"#/definitions/rule-unpinned-remote"},"volatile-arg-early":{"$ref":"#/definitions/rule-volatile-arg-early"},"DL3010":{"description":"DL3010 is an alias of archive-copy-extract: the setting applies to that rule.","$ref":"#/definitions/rule-archive-copy-extract"},"DL3059":{"description":"DL3059 is an alias of consecutive-run: the setting applies to that rule.","$ref":"#/definitions/rule-consecutive-run"},"DL4000":{"description":"DL4000 is an alias of maintainer-deprecated: the setting applies to that rule.","$ref":"#/definitions/rule-maintainer-deprecated"},"MaintainerDeprecated":{"description":"MaintainerDeprecated is an alias of maintainer-deprecated: the setting applies to that rule.","$ref":"#/definitions/rule-maintainer-deprecated"},"DL3009":{"description":"DL3009 is one of the codes of package-cache: its severity applies to that rule's DL3009 findings only.","$ref":"#/definitions/rule-package-cache"},"DL3019":{"description":"DL3019 is one of the codes of package-cache: its severity applies to that rule's DL3019 findings only.","$ref":"#/definitions/rule-package-cache"},"DL3032":{"description":"DL3032 is one of the codes of package-cache: its severity applies to that rule's DL3032 findings only.","$ref":"#/definitions/rule-package-cache"},"DL3036":{"description":"DL3036 is one of the codes of package-cache: its severity applies to that rule's DL3036 findings only.","$ref":"#/definitions/rule-package-cache"},"DL3040":{"description":"DL3040 is one of the codes of package-cache: its severity applies to that rule's DL3040 findings only.","$ref":"#/definitions/rule-package-cache"},"DL3042":{"description":"DL3042 is one of the codes of package-cache: its severity applies to that rule's DL3042 findings only.","$ref":"#/definitions/rule-package-cache"},"DL3060":{"description":"DL3060 is one of the codes of package-cache: its severity applies to that rule's DL3060 findings only.","$ref":"#/definitions/rule-package-cache"},"DL1000":{"description":"DL1000 is an alias of syntax-error: the setting applies to that rule.","$ref":"#/definitions/rule-syntax-error"}},"patternProperties":{"^SC\\d{4}$":{"description":"a code of shellcheck: its severity applies to that rule's findings of that code only.","$ref":"#/definitions/rule-shellcheck"}},"additionalProperties":false};
const pattern0 = new RegExp("^SC\\d{4}$", "u");
const schema13 = {"description":"a package index refresh (apt-get update, apk update, …) in a RUN that installs nothing. Default: warning. https://github.com/dflint/dflint/blob/main/rules/apt-update-alone/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};
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

const schema16 = {"description":"an archive COPY/ADD brings in and a later RUN extracts: the archive stays in the COPY layer. Default: warning. Aliases: DL3010. https://github.com/dflint/dflint/blob/main/rules/archive-copy-extract/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

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

const schema19 = {"description":"source copied (COPY . .) before a dependency install that only needs the manifests: every edit re-runs the install. Default: warning. https://github.com/dflint/dflint/blob/main/rules/cache-bust-order/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

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

const schema22 = {"description":"chmod, chown, touch or an in-place edit of a file an earlier layer stored: the whole file is stored again. Default: warning. https://github.com/dflint/dflint/blob/main/rules/chmod-after-copy/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

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

const schema25 = {"description":"consecutive RUNs that could be one RUN (one layer and one cache step each). Default: warning. Aliases: DL3059. https://github.com/dflint/dflint/blob/main/rules/consecutive-run/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"reportWithoutGain":{"type":"boolean","default":false,"description":"Also report RUNs whose merge saves no bytes: layers only, or only a fresh package index (which apt-update-alone reports)."}},"additionalProperties":false}],"minItems":1,"additionalItems":false}};

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
if(!(len0 <= 2)){
validate20.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:false,parentSchema:schema25.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
const _errs7 = errors;
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate20.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
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
validate20.errors = [{instancePath:instancePath+"/1",schemaPath:"#/else/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25.else.items[1],data:data1}];
return false;
break;
}
}
if(_errs11 === errors){
if(data1.reportWithoutGain !== undefined){
let data2 = data1.reportWithoutGain;
if(typeof data2 !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/1/reportWithoutGain",schemaPath:"#/else/items/1/properties/reportWithoutGain/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema25.else.items[1].properties.reportWithoutGain.type,parentSchema:schema25.else.items[1].properties.reportWithoutGain,data:data2}];
return false;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/1",schemaPath:"#/else/items/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.else.items[1].type,parentSchema:schema25.else.items[1],data:data1}];
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

const schema28 = {"description":"COPY/ADD of a directory that brings in .git, node_modules, build output, archives or huge files. Default: warning. https://github.com/dflint/dflint/blob/main/rules/copy-context-bloat/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"maxFileBytes":{"type":"integer","minimum":1,"default":10485760,"description":"A copied file larger than this many bytes is reported."}},"additionalProperties":false}],"minItems":1,"additionalItems":false}};

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
if(!(len0 <= 2)){
validate22.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:false,parentSchema:schema28.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
const _errs7 = errors;
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate22.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
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
validate22.errors = [{instancePath:instancePath+"/1",schemaPath:"#/else/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28.else.items[1],data:data1}];
return false;
break;
}
}
if(_errs11 === errors){
if(data1.maxFileBytes !== undefined){
let data2 = data1.maxFileBytes;
const _errs12 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate22.errors = [{instancePath:instancePath+"/1/maxFileBytes",schemaPath:"#/else/items/1/properties/maxFileBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema28.else.items[1].properties.maxFileBytes.type,parentSchema:schema28.else.items[1].properties.maxFileBytes,data:data2}];
return false;
}
if(errors === _errs12){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate22.errors = [{instancePath:instancePath+"/1/maxFileBytes",schemaPath:"#/else/items/1/properties/maxFileBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema28.else.items[1].properties.maxFileBytes,data:data2}];
return false;
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/1",schemaPath:"#/else/items/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.else.items[1].type,parentSchema:schema28.else.items[1],data:data1}];
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

const schema31 = {"description":"a file one layer stores and a later layer deletes, moves or overwrites: its bytes stay in the image. Default: warning. https://github.com/dflint/dflint/blob/main/rules/delete-after-add/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

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

const schema34 = {"description":"a stage with so many layers that it nears the storage driver's limit of 127. Default: warning. https://github.com/dflint/dflint/blob/main/rules/layer-count/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"max":{"type":"integer","minimum":1,"default":100,"description":"Report a stage with this many layers or more."}},"additionalProperties":false}],"minItems":1,"additionalItems":false}};

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
if(!(len0 <= 2)){
validate26.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:false,parentSchema:schema34.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
const _errs7 = errors;
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate26.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
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
validate26.errors = [{instancePath:instancePath+"/1",schemaPath:"#/else/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34.else.items[1],data:data1}];
return false;
break;
}
}
if(_errs11 === errors){
if(data1.max !== undefined){
let data2 = data1.max;
const _errs12 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate26.errors = [{instancePath:instancePath+"/1/max",schemaPath:"#/else/items/1/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.else.items[1].properties.max.type,parentSchema:schema34.else.items[1].properties.max,data:data2}];
return false;
}
if(errors === _errs12){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate26.errors = [{instancePath:instancePath+"/1/max",schemaPath:"#/else/items/1/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema34.else.items[1].properties.max,data:data2}];
return false;
}
}
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/1",schemaPath:"#/else/items/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.else.items[1].type,parentSchema:schema34.else.items[1],data:data1}];
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

const schema37 = {"description":"MAINTAINER is deprecated; the OCI authors label replaces it. Default: warning. Aliases: DL4000, MaintainerDeprecated. https://github.com/dflint/dflint/blob/main/rules/maintainer-deprecated/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

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
if(!(len0 <= 1)){
validate28.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:false,parentSchema:schema37.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate28.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
return false;
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

const schema40 = {"description":"consecutive LABELs, or consecutive ENVs, that could be one instruction (a history entry and a cache step each). Default: info. https://github.com/dflint/dflint/blob/main/rules/metadata-merge/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"reportWithoutGain":{"type":"boolean","default":false,"description":"Report mergeable LABELs and ENVs at all: a merge saves a history entry and a cache step, never bytes or layers."}},"additionalProperties":false}],"minItems":1,"additionalItems":false}};

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
if(!(key0 === "reportWithoutGain")){
validate30.errors = [{instancePath:instancePath+"/1",schemaPath:"#/else/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40.else.items[1],data:data1}];
return false;
break;
}
}
if(_errs11 === errors){
if(data1.reportWithoutGain !== undefined){
let data2 = data1.reportWithoutGain;
if(typeof data2 !== "boolean"){
validate30.errors = [{instancePath:instancePath+"/1/reportWithoutGain",schemaPath:"#/else/items/1/properties/reportWithoutGain/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema40.else.items[1].properties.reportWithoutGain.type,parentSchema:schema40.else.items[1].properties.reportWithoutGain,data:data2}];
return false;
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

const schema43 = {"description":"package-manager caches and lists left in a layer (apt, apk, yum/dnf, pip, npm, yarn, …). Default: warning. Aliases: DL3009, DL3019, DL3032, DL3036, DL3040, DL3042, DL3060. https://github.com/dflint/dflint/blob/main/rules/package-cache/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

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

const schema46 = {"description":"ShellCheck findings inside RUN scripts (shell form and heredocs), at their own line and column. Default: warning. https://github.com/dflint/dflint/blob/main/rules/shellcheck/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

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

const schema49 = {"description":"what docker build rejects before it starts: unknown instructions and flags, missing arguments, no FROM, a file that is not a Dockerfile. Default: error. Aliases: DL1000. https://github.com/dflint/dflint/blob/main/rules/syntax-error/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

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

const schema52 = {"description":"RUNs and ADDs that fetch mutable remote state (git clone of a branch, curl of latest, ADD <url> without --checksum). Default: warning. https://github.com/dflint/dflint/blob/main/rules/unpinned-remote/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"}],"minItems":1,"additionalItems":false}};

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

const schema55 = {"description":"an ARG that changes every build (BUILD_DATE, VCS_REF, *_SHA, …) declared before RUNs that do not use it. Default: warning. https://github.com/dflint/dflint/blob/main/rules/volatile-arg-early/README.md","if":{"type":"string"},"then":{"$ref":"#/definitions/severity"},"else":{"type":"array","items":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"names":{"type":"array","items":{"type":"string","minLength":1},"default":[],"description":"More build-argument names whose value changes every build, matched case-insensitively; `*` matches any text (`[\"CI_PIPELINE_*\", \"BUILD_NUMBER\"]`)."}},"additionalProperties":false}],"minItems":1,"additionalItems":false}};

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
if(!(len0 <= 2)){
validate40.errors = [{instancePath,schemaPath:"#/else/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:false,parentSchema:schema55.else,data}];
return false;
}
else {
const len1 = data.length;
if(len1 > 0){
let data0 = data[0];
const _errs7 = errors;
if(!(((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "style")) || (data0 === "off"))){
validate40.errors = [{instancePath:instancePath+"/0",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data0}];
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
validate40.errors = [{instancePath:instancePath+"/1",schemaPath:"#/else/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema55.else.items[1],data:data1}];
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
validate40.errors = [{instancePath:instancePath+"/1/names/" + i0,schemaPath:"#/else/items/1/properties/names/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.else.items[1].properties.names.items,data:data3}];
return false;
}
}
else {
validate40.errors = [{instancePath:instancePath+"/1/names/" + i0,schemaPath:"#/else/items/1/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.else.items[1].properties.names.items.type,parentSchema:schema55.else.items[1].properties.names.items,data:data3}];
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
validate40.errors = [{instancePath:instancePath+"/1/names",schemaPath:"#/else/items/1/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.else.items[1].properties.names.type,parentSchema:schema55.else.items[1].properties.names,data:data2}];
return false;
}
}
}
}
}
else {
validate40.errors = [{instancePath:instancePath+"/1",schemaPath:"#/else/items/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.else.items[1].type,parentSchema:schema55.else.items[1],data:data1}];
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
if(data["apt-update-alone"] !== undefined){
const _errs2 = errors;
if(!(validate12(data["apt-update-alone"], {instancePath:instancePath+"/apt-update-alone",parentData:data,parentDataProperty:"apt-update-alone",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["archive-copy-extract"] !== undefined){
const _errs3 = errors;
if(!(validate14(data["archive-copy-extract"], {instancePath:instancePath+"/archive-copy-extract",parentData:data,parentDataProperty:"archive-copy-extract",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-bust-order"] !== undefined){
const _errs4 = errors;
if(!(validate16(data["cache-bust-order"], {instancePath:instancePath+"/cache-bust-order",parentData:data,parentDataProperty:"cache-bust-order",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["chmod-after-copy"] !== undefined){
const _errs5 = errors;
if(!(validate18(data["chmod-after-copy"], {instancePath:instancePath+"/chmod-after-copy",parentData:data,parentDataProperty:"chmod-after-copy",rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["consecutive-run"] !== undefined){
const _errs6 = errors;
if(!(validate20(data["consecutive-run"], {instancePath:instancePath+"/consecutive-run",parentData:data,parentDataProperty:"consecutive-run",rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["copy-context-bloat"] !== undefined){
const _errs7 = errors;
if(!(validate22(data["copy-context-bloat"], {instancePath:instancePath+"/copy-context-bloat",parentData:data,parentDataProperty:"copy-context-bloat",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["delete-after-add"] !== undefined){
const _errs8 = errors;
if(!(validate24(data["delete-after-add"], {instancePath:instancePath+"/delete-after-add",parentData:data,parentDataProperty:"delete-after-add",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["layer-count"] !== undefined){
const _errs9 = errors;
if(!(validate26(data["layer-count"], {instancePath:instancePath+"/layer-count",parentData:data,parentDataProperty:"layer-count",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["maintainer-deprecated"] !== undefined){
const _errs10 = errors;
if(!(validate28(data["maintainer-deprecated"], {instancePath:instancePath+"/maintainer-deprecated",parentData:data,parentDataProperty:"maintainer-deprecated",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["metadata-merge"] !== undefined){
const _errs11 = errors;
if(!(validate30(data["metadata-merge"], {instancePath:instancePath+"/metadata-merge",parentData:data,parentDataProperty:"metadata-merge",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["package-cache"] !== undefined){
const _errs12 = errors;
if(!(validate32(data["package-cache"], {instancePath:instancePath+"/package-cache",parentData:data,parentDataProperty:"package-cache",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.shellcheck !== undefined){
const _errs13 = errors;
if(!(validate34(data.shellcheck, {instancePath:instancePath+"/shellcheck",parentData:data,parentDataProperty:"shellcheck",rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["syntax-error"] !== undefined){
const _errs14 = errors;
if(!(validate36(data["syntax-error"], {instancePath:instancePath+"/syntax-error",parentData:data,parentDataProperty:"syntax-error",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["unpinned-remote"] !== undefined){
const _errs15 = errors;
if(!(validate38(data["unpinned-remote"], {instancePath:instancePath+"/unpinned-remote",parentData:data,parentDataProperty:"unpinned-remote",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["volatile-arg-early"] !== undefined){
const _errs16 = errors;
if(!(validate40(data["volatile-arg-early"], {instancePath:instancePath+"/volatile-arg-early",parentData:data,parentDataProperty:"volatile-arg-early",rootData}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3010 !== undefined){
const _errs17 = errors;
if(!(validate14(data.DL3010, {instancePath:instancePath+"/DL3010",parentData:data,parentDataProperty:"DL3010",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3059 !== undefined){
const _errs18 = errors;
if(!(validate20(data.DL3059, {instancePath:instancePath+"/DL3059",parentData:data,parentDataProperty:"DL3059",rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL4000 !== undefined){
const _errs19 = errors;
if(!(validate28(data.DL4000, {instancePath:instancePath+"/DL4000",parentData:data,parentDataProperty:"DL4000",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.MaintainerDeprecated !== undefined){
const _errs20 = errors;
if(!(validate28(data.MaintainerDeprecated, {instancePath:instancePath+"/MaintainerDeprecated",parentData:data,parentDataProperty:"MaintainerDeprecated",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3009 !== undefined){
const _errs21 = errors;
if(!(validate32(data.DL3009, {instancePath:instancePath+"/DL3009",parentData:data,parentDataProperty:"DL3009",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3019 !== undefined){
const _errs22 = errors;
if(!(validate32(data.DL3019, {instancePath:instancePath+"/DL3019",parentData:data,parentDataProperty:"DL3019",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3032 !== undefined){
const _errs23 = errors;
if(!(validate32(data.DL3032, {instancePath:instancePath+"/DL3032",parentData:data,parentDataProperty:"DL3032",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3036 !== undefined){
const _errs24 = errors;
if(!(validate32(data.DL3036, {instancePath:instancePath+"/DL3036",parentData:data,parentDataProperty:"DL3036",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3040 !== undefined){
const _errs25 = errors;
if(!(validate32(data.DL3040, {instancePath:instancePath+"/DL3040",parentData:data,parentDataProperty:"DL3040",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3042 !== undefined){
const _errs26 = errors;
if(!(validate32(data.DL3042, {instancePath:instancePath+"/DL3042",parentData:data,parentDataProperty:"DL3042",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL3060 !== undefined){
const _errs27 = errors;
if(!(validate32(data.DL3060, {instancePath:instancePath+"/DL3060",parentData:data,parentDataProperty:"DL3060",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DL1000 !== undefined){
const _errs28 = errors;
if(!(validate36(data.DL1000, {instancePath:instancePath+"/DL1000",parentData:data,parentDataProperty:"DL1000",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
var valid1 = true;
for(const key1 in data){
if(pattern0.test(key1)){
const _errs29 = errors;
if(!(validate34(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
var valid1 = _errs29 === errors;
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

