import { describe, expect, it } from "vitest";
import { checkActionBody, nestingOf } from "./action-body";

const CT = "multipart/form-data; boundary=zz";
const form = (...parts: [string, string][]) =>
  Buffer.from(
    parts.map(([n, v]) => `--zz\r\nContent-Disposition: form-data; name="${n}"\r\n\r\n${v}\r\n`).join("") +
      "--zz--\r\n",
  );

describe("server-action bodies Next would answer with 500", () => {
  it("accepts an ordinary form, brackets in free text included", async () => {
    expect(
      await checkActionBody(CT, form(["$ACTION_1:0", '{"id":"abc","bound":null}'], ["details", "[".repeat(500)])),
    ).toBe(null);
  });
  it("refuses a multipart body cut short or without boundary", () => {
    expect(
      checkActionBody(CT, Buffer.from('--zz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb')),
    ).not.toBeNull();
    expect(checkActionBody("multipart/form-data", form(["a", "b"]))).not.toBeNull();
    expect(checkActionBody(CT, Buffer.from("garbage"))).not.toBeNull();
  });
  it("refuses action arguments nested thousands deep, in a form or a JavaScript call", async () => {
    const deep = "[".repeat(6000) + "]".repeat(6000);
    expect((await checkActionBody(CT, form(["$ACTION_1:1", deep])))?.message).toMatch(/nested/);
    expect((await checkActionBody("text/plain;charset=UTF-8", Buffer.from(deep)))?.message).toMatch(/nested/);
  });
  it("measures nesting outside strings only", () => {
    expect(nestingOf('[{"a":"[[[["}]')).toBe(2);
  });
});
