"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConfigError = void 0;
exports.formatKeyPath = formatKeyPath;
exports.displayPath = displayPath;
exports.isOutside = isOutside;
const path = __importStar(require("node:path"));
/**
 * A config file dflint cannot use. The CLI prints it as one line and exits 2; an editor can put it
 * on `line` of `file`.
 */
class ConfigError extends Error {
    file;
    problem;
    line;
    keyPath;
    constructor(
    /** absolute path of the config file */
    file, problem, 
    /** 1-based; absent when the file could not be read */
    line, keyPath) {
        super(describeConfigProblem(file, problem, line, keyPath));
        this.file = file;
        this.problem = problem;
        this.line = line;
        this.keyPath = keyPath;
        this.name = 'ConfigError';
    }
    /** `.dflintrc.json:4: rules.layer-count: severity must be one of …`, the file relative to cwd. */
    describe(cwd) {
        return describeConfigProblem(displayPath(cwd, this.file), this.problem, this.line, this.keyPath);
    }
}
exports.ConfigError = ConfigError;
function describeConfigProblem(file, problem, line, keyPath) {
    const where = line === undefined ? file : `${file}:${line}`;
    const key = keyPath === undefined ? '' : `${formatKeyPath(keyPath)}: `;
    return `${where}: ${key}${problem}`;
}
/** `rules.layer-count[1].max`; the top level is `(top level)`. */
function formatKeyPath(keyPath) {
    if (keyPath.length === 0)
        return '(top level)';
    return keyPath
        .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
        .join('');
}
/** Relative to cwd when the file is below it, else absolute. */
function displayPath(cwd, file) {
    const relative = path.relative(cwd, file);
    if (relative === '')
        return '.';
    return relative && !isOutside(relative) ? relative : file;
}
/** A path.relative result that leaves its base folder. */
function isOutside(relative) {
    return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}
//# sourceMappingURL=errors.js.map