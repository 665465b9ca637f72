import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Outfall's version, from the root package.json. */
export const VERSION: string = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version;
