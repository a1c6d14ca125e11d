"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PLATFORM_EXAMPLES = void 0;
exports.registryNameProblem = registryNameProblem;
exports.mirrorUrlProblem = mirrorUrlProblem;
exports.mirrorsProblem = mirrorsProblem;
exports.readPlatform = readPlatform;
exports.readNetworkBudget = readNetworkBudget;
exports.offlineFromEnv = offlineFromEnv;
const core_1 = require("@dflint/core");
const file_size_1 = require("./file-size");
/** Why `name` is not a registry host as FROM names one (`docker.io`, `ghcr.io`, `localhost:5000`); undefined when it is. */
function registryNameProblem(name) {
    let registry;
    try {
        registry = (0, core_1.parseImageReference)(`${name}/image`).registry;
    }
    catch {
        registry = undefined;
    }
    const same = registry !== undefined && (registry === name || (name === 'index.docker.io' && registry === 'docker.io'));
    return same ? undefined : `'${name}' is not a registry host (a name with a dot or a port, or localhost: docker.io, ghcr.io, localhost:5000)`;
}
/** Why `url` cannot be a mirror's base URL; undefined when it is an http:// or https:// URL. */
function mirrorUrlProblem(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        parsed = undefined;
    }
    // WHATWG URLs forgive `http:/host`; a mirror is written out in full
    if (parsed?.host && /^https?:\/\/[^\s/]/i.test(url))
        return undefined;
    return `'${url}' is not an http:// or https:// URL`;
}
/** The first problem of a registry → mirror map, for a message about it. */
function mirrorsProblem(mirrors) {
    for (const [registry, url] of Object.entries(mirrors)) {
        const problem = registryNameProblem(registry) ?? mirrorUrlProblem(url);
        if (problem)
            return { registry, problem };
    }
    return undefined;
}
exports.PLATFORM_EXAMPLES = 'linux/amd64, linux/arm64 or linux/arm/v7';
/** `linux/arm64` as the resolver takes it; undefined when it is not os/architecture[/variant]. */
function readPlatform(text) {
    return /^\s*[\w.-]+\/[\w.-]+(\/[\w.-]+)?\s*$/.test(text) ? (0, core_1.parsePlatform)(text) : undefined;
}
/** A network budget in bytes (0: download nothing, use only the cache); undefined when it is not a size. */
function readNetworkBudget(value) {
    return (0, file_size_1.parseFileSize)(value, 0);
}
/** `DFLINT_OFFLINE=1` (any value but empty, 0, false or no) means --offline; undefined when it is not set. */
function offlineFromEnv(env) {
    const value = env.DFLINT_OFFLINE;
    if (value === undefined)
        return undefined;
    return !['', '0', 'false', 'no'].includes(value.trim().toLowerCase());
}
//# sourceMappingURL=registry-settings.js.map