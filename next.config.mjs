// Plain JavaScript on purpose: with a next.config.ts, every `next start` loads Next's SWC compiler to read
// it, and the server held about 25 MB more for as long as it ran (bench/memory.ts).

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Test servers build into their own folder, so a test run never disturbs a running app (or another run).
  distDir: process.env.REDLINE_DIST_DIR || ".next",
  // Native modules load from node_modules at run time instead of being bundled.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "xmllint-wasm"],
  poweredByHeader: false,
  productionBrowserSourceMaps: process.env.REDLINE_SOURCEMAPS === "1",
  experimental: {
    // Route modules load when first asked for, not all at start: an idle server holds only what it has served
    // (bench/memory.ts). The first request to each route pays its module's load once.
    preloadEntriesOnStart: false,
  },
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
