import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Separate build dirs let several instances of the tree build side by side (e.g. parallel work).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native or worker-thread packages stay outside the server bundle.
  serverExternalPackages: ["pino", "pino-pretty", "argon2", "pg", "bullmq", "ioredis", "smtp-server", "date-holidays"],
  poweredByHeader: false,
  // Type-checking and lint run in `npm test` (npm run typecheck / lint), not twice in the build.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
