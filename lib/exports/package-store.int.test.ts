import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db, pool } from "@/lib/db/client";
import { countExportChunks } from "@/lib/db/queries/export-chunks";
import { exports } from "@/lib/db/schema";
import { openExport, purgeExportFile, storeExport } from "@/lib/exports/package-store";
import { usePackageStore } from "@/lib/exports/stores";
import { s3Store } from "@/lib/exports/stores/s3-store";
import { freshShopCustomer, verifiedRequest } from "@/scripts/test-support/fulfilment";
import { startS3Server } from "@/scripts/test-support/s3-server";

let requestId: string;
beforeAll(async () => {
  const customer = await freshShopCustomer(1);
  requestId = await verifiedRequest({ type: "access", email: customer.email });
});
afterAll(async () => {
  usePackageStore(undefined);
  await closeDb();
});

/** 5 MiB + a bit, fed in uneven pieces: several chunks / parts, and a last one that is short. */
const content = randomBytes(5 * 1024 * 1024 + 4321);
const pieces = () =>
  Readable.from([content.subarray(0, 777), content.subarray(777, 3_000_000), content.subarray(3_000_000)]);

const rowOf = async (id: string) => (await db().select().from(exports).where(eq(exports.id, id)))[0]!;

describe("packages in PostgreSQL (the default store)", () => {
  it("stores the package encrypted in chunks, streams it back, and a purge removes the bytes and the key", async () => {
    const pkg = await storeExport(db(), { requestId, content: pieces(), approvedAt: new Date() });
    expect(pkg.path).toBe(`pg:${pkg.id}`);
    expect(pkg.sizeBytes).toBe(content.length);
    // ~1 MiB chunks of ciphertext: 6 of them, none holding the plaintext.
    expect(await countExportChunks(db(), { exportId: pkg.id })).toBe(6);
    const { rows } = await pool().query<{ data: Buffer }>(
      "select data from export_chunks where export_id = $1 and seq = 1",
      [pkg.id],
    );
    expect(rows[0]!.data.includes(content.subarray(1024 * 1024, 1024 * 1024 + 64))).toBe(false);
    expect((await buffer(await openExport(pkg))).equals(content)).toBe(true);

    await purgeExportFile(db(), pkg);
    expect(await countExportChunks(db(), { exportId: pkg.id })).toBe(0);
    const purged = await rowOf(pkg.id);
    expect(purged.purgedAt).not.toBeNull();
    expect(purged.keyEnc).toBeNull();
    await expect(openExport(purged)).rejects.toThrow(/no key/);
    // Twice is harmless.
    await purgeExportFile(db(), pkg);
  });

  it("a tampered chunk fails the download instead of returning wrong bytes", async () => {
    const pkg = await storeExport(db(), { requestId, content: pieces() });
    await pool().query(
      "update export_chunks set data = overlay(data placing '\\x00'::bytea from 100 for 1) where export_id = $1 and seq = 2",
      [pkg.id],
    );
    await expect(buffer(await openExport(pkg))).rejects.toThrow();
    await purgeExportFile(db(), pkg);
  });
});

describe("packages in an S3-compatible store (PACKAGE_STORE=s3)", () => {
  it("uploads in parts to a real S3 server, streams back, and a purge deletes the object and the key", async () => {
    const s3 = await startS3Server();
    try {
      usePackageStore(s3Store(s3.settings));
      const pkg = await storeExport(db(), { requestId, content: pieces(), approvedAt: new Date() });
      expect(pkg.path).toBe(`s3:${s3.settings.bucket}/packages/${pkg.id}.bin`);
      const client = new S3Client({
        region: "us-east-1",
        endpoint: s3.settings.endpoint,
        forcePathStyle: true,
        credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
      });
      const object = await client.send(
        new GetObjectCommand({ Bucket: s3.settings.bucket, Key: `packages/${pkg.id}.bin` }),
      );
      const stored = Buffer.from(await object.Body!.transformToByteArray());
      expect(stored.length).toBe(content.length + 12 + 16); // iv + ciphertext + tag
      expect(stored.includes(content.subarray(0, 64))).toBe(false);
      expect((await buffer(await openExport(pkg))).equals(content)).toBe(true);

      await purgeExportFile(db(), pkg);
      await expect(
        client.send(new GetObjectCommand({ Bucket: s3.settings.bucket, Key: `packages/${pkg.id}.bin` })),
      ).rejects.toThrow();
      expect((await rowOf(pkg.id)).keyEnc).toBeNull();
      // A small package goes up in one request.
      const small = await storeExport(db(), { requestId, content: Readable.from([Buffer.from("tiny zip")]) });
      expect((await buffer(await openExport(small))).toString()).toBe("tiny zip");
      await purgeExportFile(db(), small);
    } finally {
      usePackageStore(undefined);
      await s3.stop();
    }
  }, 60_000);
});
