import { describe, expect, it } from "vitest";
import { checkAttachments, cleanFileName, detectAttachmentType } from "./attachment-file";

describe("attachment checks", () => {
  it("detects PDF, PNG, JPEG and plain UTF-8 text by content, nothing else", () => {
    expect(detectAttachmentType(Buffer.from("%PDF-1.4 rest"))).toBe("application/pdf");
    expect(detectAttachmentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("image/png");
    expect(detectAttachmentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(detectAttachmentType(Buffer.from("Bonjour,\r\n\tmerci — é\n"))).toBe("text/plain");
    expect(detectAttachmentType(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00]))).toBeNull();
    expect(detectAttachmentType(Buffer.from([0xc3, 0x28]))).toBeNull();
    expect(detectAttachmentType(Buffer.from("MZ\u0000\u0001"))).toBeNull();
    expect(detectAttachmentType(Buffer.from("  <html><body>x</body></html>"))).toBeNull();
    expect(detectAttachmentType(Buffer.alloc(0))).toBeNull();
  });

  it("keeps only a file's base name, without control or reserved characters", () => {
    expect(cleanFileName("../../etc/pass\u0000wd", "text/plain")).toBe("passwd");
    expect(cleanFileName('C:\\docs\\a"b<c>.pdf', "application/pdf")).toBe("abc.pdf");
    expect(cleanFileName("", "image/png")).toBe("attachment.png");
  });

  it("refuses more than three files, empty ones, and larger than the cap, naming the attachments field", () => {
    const pdf = { name: "a.pdf", bytes: Buffer.from("%PDF-1.4") };
    expect(() => checkAttachments([pdf, pdf, pdf, pdf], 1024)).toThrow(/Too many/);
    expect(() => checkAttachments([{ name: "e.txt", bytes: Buffer.alloc(0) }], 1024)).toThrow(/empty/);
    expect(() => checkAttachments([{ name: "b.pdf", bytes: Buffer.alloc(2048, 0x25) }], 1024)).toThrow(/too large/);
    expect(checkAttachments([{ name: "", bytes: Buffer.alloc(0) }].slice(1), 1024)).toEqual([]);
    expect(checkAttachments([pdf], 1024)).toEqual([{ fileName: "a.pdf", type: "application/pdf", bytes: pdf.bytes }]);
  });
});
