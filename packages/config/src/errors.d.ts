/** A key path into a config file: `['rules', 'layer-count', 0]`. */
export type KeyPath = readonly (string | number)[];
/**
 * A config file dflint cannot use. The CLI prints it as one line and exits 2; an editor can put it
 * on `line` of `file`.
 */
export declare class ConfigError extends Error {
    /** absolute path of the config file */
    readonly file: string;
    readonly problem: string;
    /** 1-based; absent when the file could not be read */
    readonly line?: number | undefined;
    readonly keyPath?: KeyPath | undefined;
    constructor(
    /** absolute path of the config file */
    file: string, problem: string, 
    /** 1-based; absent when the file could not be read */
    line?: number | undefined, keyPath?: KeyPath | undefined);
    /** `.dflintrc.json:4: rules.layer-count: severity must be one of …`, the file relative to cwd. */
    describe(cwd: string): string;
}
/** `rules.layer-count[1].max`; the top level is `(top level)`. */
export declare function formatKeyPath(keyPath: KeyPath): string;
/** Relative to cwd when the file is below it, else absolute. */
export declare function displayPath(cwd: string, file: string): string;
/** A path.relative result that leaves its base folder. */
export declare function isOutside(relative: string): boolean;
