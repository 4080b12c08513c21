import { describe, expect, it } from "vitest";
import { acceptsGzip, directPage } from "./direct-pages";
import type http from "node:http";

describe("pages the web server answers itself", () => {
  it("takes only a GET of the queue's exact path", () => {
    const req = (method: string, url: string) => ({ method, url }) as http.IncomingMessage;
    expect(directPage(req("GET", "/staff/requests"))).not.toBeNull();
    expect(directPage(req("GET", "/staff/requests?status=new&after=abc"))).not.toBeNull();
    expect(directPage(req("HEAD", "/staff/requests"))).toBeNull();
    expect(directPage(req("POST", "/staff/requests"))).toBeNull();
    expect(directPage(req("GET", "/staff/requests/new"))).toBeNull();
    expect(directPage(req("GET", "/staff/requests/"))).toBeNull();
  });

  it("compresses only for a client that takes gzip", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("br, deflate")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
