import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSchema } from 'graphql';
import { schema } from './src/graphql/schema.ts';

// The Pothos schema is imported rather than pointed at as a path: codegen then sees
// exactly what the server serves. `--check` (npm run check:schema) fails when outputs are stale.
const config: CodegenConfig = {
  schema: printSchema(schema),
  generates: {
    'schema/schema.graphql': { plugins: ['schema-ast'], config: { sort: true, includeDirectives: false } },
    'test/gql/': {
      documents: ['test/**/*.ts', '!test/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        importExtension: '.ts',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', PartialDate: 'string' },
      },
    },
    // The web app's typed documents, sent as strings (no GraphQL parser in the browser bundle).
    'web/src/gql/': {
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        importExtension: '.ts',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', PartialDate: 'string' },
      },
    },
  },
};

export default config;
