import { describe, expect, it } from "vitest";
import { detectPermissionType } from "./permission-document";

describe("detectPermissionType (by content)", () => {
  it("recognises PDF, PNG and JPEG by their first bytes", () => {
    expect(detectPermissionType(Buffer.from("%PDF-1.7\n%âãÏÓ\n"))).toBe("application/pdf");
    expect(detectPermissionType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe("image/png");
    expect(detectPermissionType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe("image/jpeg");
  });

  it("refuses anything else, whatever it claims to be", () => {
    expect(detectPermissionType(Buffer.from("<html>%PDF-1.7</html>"))).toBeNull();
    expect(detectPermissionType(Buffer.from("PK\u0003\u0004 a zip named permission.pdf"))).toBeNull();
    expect(detectPermissionType(Buffer.from([0x89, 0x50, 0x4e]))).toBeNull();
    expect(detectPermissionType(Buffer.alloc(0))).toBeNull();
  });
});
