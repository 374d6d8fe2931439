import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  // Without this Turbopack rewrites PGlite's wasm asset URLs and every query fails at runtime.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', '@node-rs/jieba'],
  poweredByHeader: false,
  experimental: {
    serverActions: { bodySizeLimit: '256kb' },
  },
};

export default withNextIntl(nextConfig);
