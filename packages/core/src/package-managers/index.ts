export type { CacheKind, CacheLocation, Cleanup, PackageAction, PackageManager } from './types';
export { PACKAGE_MANAGERS, managerNamed, managerOfProgram } from './table';
export { classifyPackageCall, packageCommand, PYTHON_PROGRAM, type PackageCommand } from './classify';
export { cleanupText } from './cleanup';
export { MANIFEST_NAMES, readInstall, type Install } from './dependency-installs';
export { packageInstall, type PackageInstall } from './indirect-installs';
export { commandInstallsFromIndexOf, installsFromIndexOf } from './index-users';
export { GO_VALUE_FLAGS, goOperands } from './go-flags';
export { isAptSimulation, unansweredPrompt, type UnansweredPrompt } from './prompts';
