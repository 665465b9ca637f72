import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { checkKey, type StorageProvider } from './provider';

/** Bytes in files under `root` (`DATA_DIR/files`); folders are created as needed. */
export function diskStorage(root: string): StorageProvider {
  const base = resolve(root);
  const pathOf = (key: string) => {
    const path = resolve(join(base, checkKey(key)));
    if (!path.startsWith(`${base}/`)) throw new Error(`Invalid storage key: ${key}`);
    return path;
  };
  return {
    name: 'disk',
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // write then rename, so a reader never sees half a file
      const temporary = `${path}.partial-${process.pid}-${Date.now()}`;
      await writeFile(temporary, bytes);
      await rename(temporary, path);
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
