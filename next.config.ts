import type { NextConfig } from "next";
import { PERMISSIONS_POLICY } from "./lib/http/security-headers";

// A message may carry 3 files of ATTACHMENT_MAX_BYTES (lib/requests/attachments): the staff composer's
// server action and the proxy's body buffer must take them whole (the proxy would otherwise cut the body
// at 10 MB and the files would arrive truncated).
const uploadLimit = 3 * Number(process.env.ATTACHMENT_MAX_BYTES || 10_485_760) + 1_048_576;

const nextConfig: NextConfig = {
  experimental: {
    serverActions: { bodySizeLimit: uploadLimit },
    proxyClientMaxBodySize: uploadLimit,
  },
  // Separate build dirs let several instances of the tree build side by side (e.g. parallel work).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native or worker-thread packages stay outside the server bundle.
  serverExternalPackages: ["pino", "pino-pretty", "argon2", "pg", "bullmq", "ioredis", "smtp-server", "date-holidays"],
  poweredByHeader: false,
  // The web server (scripts/next-server.ts) compresses, with the same middleware: the staff pages whole.
  compress: false,
  // Type-checking and lint run in `npm test` (npm run typecheck / lint), not twice in the build.
  typescript: { ignoreBuildErrors: true },
  // Pages and routes get every security header (CSP with a nonce, HSTS, Permissions-Policy) from
  // proxy.ts; these static ones also cover the built assets the proxy skips.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
        ],
      },
    ];
  },
};

export default nextConfig;
