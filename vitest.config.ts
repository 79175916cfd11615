import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The site address that absolute links (feeds, structured data, open data) are built on.
  // A define, not an environment variable: the builds that tests start must not inherit it.
  define: { 'import.meta.env.SITE': JSON.stringify('https://pbgdpl.example.gov.vn') },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
  },
});
