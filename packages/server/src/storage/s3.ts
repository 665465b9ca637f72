import type { S3Client } from '@aws-sdk/client-s3';
import type { S3Config } from '../config';
import { checkKey, type StorageProvider } from './provider';

/**
 * Bytes in an S3-compatible bucket (AWS, MinIO, Ceph…); path-style addressing when an endpoint is
 * set. The AWS SDK is loaded on first use, so servers on the other providers never load it.
 */
export function s3Storage(config: S3Config): StorageProvider {
  let sdk: Promise<{ client: S3Client; s3: typeof import('@aws-sdk/client-s3') }> | null = null;
  const connect = () => {
    sdk ??= import('@aws-sdk/client-s3').then((s3) => ({
      s3,
      client: new s3.S3Client({
        region: config.region,
        ...(config.endpoint ? { endpoint: config.endpoint, forcePathStyle: true } : {}),
        credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
      }),
    }));
    return sdk;
  };
  const Bucket = config.bucket;
  return {
    name: 's3',
    async put(key, bytes) {
      const { client, s3 } = await connect();
      await client.send(new s3.PutObjectCommand({ Bucket, Key: checkKey(key), Body: bytes }));
    },
    async get(key) {
      const { client, s3 } = await connect();
      try {
        const res = await client.send(new s3.GetObjectCommand({ Bucket, Key: checkKey(key) }));
        if (!res.Body) return null;
        return Buffer.from(await res.Body.transformToByteArray());
      } catch (err) {
        if (err instanceof s3.NoSuchKey || (err as { name?: string }).name === 'NoSuchKey') return null;
        throw err;
      }
    },
    async delete(key) {
      const { client, s3 } = await connect();
      await client.send(new s3.DeleteObjectCommand({ Bucket, Key: checkKey(key) }));
    },
  };
}
