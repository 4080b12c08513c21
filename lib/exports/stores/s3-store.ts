import type { Readable } from "node:stream";
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from "@aws-sdk/client-s3";
import { env } from "@/lib/env";
import type { PackageStore } from "./types";

/** S3 parts must be ≥ 5 MiB (but the last); 8 MiB keeps a 10 GB package under the 10,000-part limit. */
const PART_BYTES = 8 * 1024 * 1024;

export interface S3Settings {
  endpoint?: string;
  region: string;
  bucket: string;
  prefix: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
}

export function s3SettingsFromEnv(): S3Settings {
  const e = env();
  if (!e.S3_BUCKET) throw new Error("PACKAGE_STORE=s3 needs S3_BUCKET");
  return {
    endpoint: e.S3_ENDPOINT,
    region: e.S3_REGION,
    bucket: e.S3_BUCKET,
    prefix: e.S3_PREFIX,
    accessKeyId: e.S3_ACCESS_KEY_ID,
    secretAccessKey: e.S3_SECRET_ACCESS_KEY,
    forcePathStyle: e.S3_FORCE_PATH_STYLE || Boolean(e.S3_ENDPOINT),
  };
}

/**
 * Packages as objects in an S3-compatible store (AWS S3, MinIO, Ceph…), for volumes the database
 * should not carry. Uploads are multipart, one 8 MiB part in memory at a time; downloads stream the
 * object's body. Locator: `s3:<bucket>/<key>`.
 */
export function s3Store(settings: S3Settings = s3SettingsFromEnv()): PackageStore {
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials:
      settings.accessKeyId && settings.secretAccessKey
        ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
        : undefined,
  });
  const parse = (locator: string) => {
    const rest = locator.slice("s3:".length);
    const slash = rest.indexOf("/");
    return { Bucket: rest.slice(0, slash), Key: rest.slice(slash + 1) };
  };

  return {
    kind: "s3",
    async put(_db, id, bytes: Readable) {
      const Bucket = settings.bucket;
      const Key = `${settings.prefix}${id}.bin`;
      let uploadId: string | undefined;
      const parts: { ETag?: string; PartNumber: number }[] = [];
      let pending: Buffer[] = [];
      let size = 0;
      const sendPart = async () => {
        if (!uploadId) uploadId = (await client.send(new CreateMultipartUploadCommand({ Bucket, Key }))).UploadId;
        const PartNumber = parts.length + 1;
        const body = Buffer.concat(pending, size);
        pending = [];
        size = 0;
        const { ETag } = await client.send(
          new UploadPartCommand({ Bucket, Key, UploadId: uploadId, PartNumber, Body: body }),
        );
        parts.push({ ETag, PartNumber });
      };
      try {
        for await (const chunk of bytes as AsyncIterable<Buffer>) {
          pending.push(chunk);
          size += chunk.length;
          if (size >= PART_BYTES) await sendPart();
        }
        if (!uploadId) {
          // Small enough for one request.
          await client.send(new PutObjectCommand({ Bucket, Key, Body: Buffer.concat(pending, size) }));
        } else {
          if (size > 0) await sendPart();
          await client.send(
            new CompleteMultipartUploadCommand({ Bucket, Key, UploadId: uploadId, MultipartUpload: { Parts: parts } }),
          );
        }
      } catch (err) {
        if (uploadId)
          await client
            .send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId: uploadId }))
            .catch(() => undefined);
        throw err;
      }
      return `s3:${Bucket}/${Key}`;
    },
    async get(locator) {
      const { Body } = await client.send(new GetObjectCommand(parse(locator)));
      if (!Body) throw new Error(`package object ${locator} has no body`);
      return Body as Readable;
    },
    async remove(_db, locator) {
      await client.send(new DeleteObjectCommand(parse(locator)));
    },
  };
}
