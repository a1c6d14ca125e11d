"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseYamlConfig = parseYamlConfig;
const errors_1 = require("./errors");
const config_text_1 = require("./config-text");
/** `yaml` is loaded only when a YAML file is read: most runs have a JSON config or none. */
function loadYaml() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('yaml');
}
/** Parses a YAML config file; a syntax error is a ConfigError with its line and the key it is in. */
function parseYamlConfig(text, file) {
    const yaml = loadYaml();
    const document = yaml.parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    const [error] = document.errors;
    if (error) {
        const offset = error.pos[0];
        throw new errors_1.ConfigError(file, `not valid YAML: ${error.message.split('\n')[0]}`, (0, config_text_1.lineAt)(text, offset), pathAt(yaml, document.contents, offset));
    }
    let data;
    try {
        data = document.toJS({ maxAliasCount: 100 });
    }
    catch (problem) {
        throw new errors_1.ConfigError(file, `not valid YAML: ${problem.message.split('\n')[0]}`, 1, []);
    }
    return {
        data: data ?? undefined,
        lineOf: (keyPath) => (0, config_text_1.lineOfNearest)(text, keyPath, (prefix) => offsetOf(yaml, document.contents, prefix)),
    };
}
/** Where the key (map) or value (sequence) at `keyPath` starts. */
function offsetOf(yaml, root, keyPath) {
    let node = root;
    let offset;
    for (const segment of keyPath) {
        if (yaml.isMap(node)) {
            const pair = node.items.find((item) => yaml.isScalar(item.key) && String(item.key.value) === String(segment));
            if (!pair || !yaml.isScalar(pair.key))
                return undefined;
            offset = pair.key.range?.[0];
            node = pair.value;
        }
        else if (yaml.isSeq(node) && typeof segment === 'number') {
            node = node.items[segment];
            offset = yaml.isNode(node) ? node.range?.[0] : undefined;
        }
        else {
            return undefined;
        }
    }
    return offset;
}
/** The key path of the innermost map key or sequence item whose text holds `offset`. */
function pathAt(yaml, root, offset) {
    const keyPath = [];
    let node = root;
    for (;;) {
        if (yaml.isMap(node)) {
            const pair = node.items.find((item) => yaml.isScalar(item.key) && inside(item.key.range?.[0], endOf(yaml, item.value) ?? item.key.range?.[2], offset));
            if (!pair || !yaml.isScalar(pair.key))
                return keyPath;
            keyPath.push(String(pair.key.value));
            node = pair.value;
        }
        else if (yaml.isSeq(node)) {
            const index = node.items.findIndex((item) => yaml.isNode(item) && inside(item.range?.[0], item.range?.[2], offset));
            if (index < 0)
                return keyPath;
            keyPath.push(index);
            node = node.items[index];
        }
        else {
            return keyPath;
        }
    }
}
function endOf(yaml, node) {
    return yaml.isNode(node) ? node.range?.[2] : undefined;
}
function inside(start, end, offset) {
    return start !== undefined && end !== undefined && offset >= start && offset <= end;
}
//# sourceMappingURL=yaml-text.js.map