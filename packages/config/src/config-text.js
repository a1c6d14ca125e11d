"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.lineAt = lineAt;
exports.lineOfNearest = lineOfNearest;
/** 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
/** The line of the longest prefix of `keyPath` that `offsetOf` knows; line 1 when none. */
function lineOfNearest(text, keyPath, offsetOf) {
    for (let length = keyPath.length; length > 0; length--) {
        const offset = offsetOf(keyPath.slice(0, length));
        if (offset !== undefined)
            return lineAt(text, offset);
    }
    return 1;
}
//# sourceMappingURL=config-text.js.map