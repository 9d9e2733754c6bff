import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSchema } from 'graphql';
import { schema } from './src/graphql/schema.ts';

// The Pothos schema is imported rather than pointed at as a path (STACK.md): codegen then sees
// exactly what the server serves. `--check` (npm run check:schema) fails when outputs are stale.
const config: CodegenConfig = {
  schema: printSchema(schema),
  documents: ['test/**/*.ts', '!test/gql/**'],
  generates: {
    'schema/schema.graphql': { plugins: ['schema-ast'], config: { sort: true, includeDirectives: false } },
    'test/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        importExtension: '.ts',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', PartialDate: 'string' },
      },
    },
  },
};

export default config;
