// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { version: VERSION } = require('../package.json') as { version: string };
