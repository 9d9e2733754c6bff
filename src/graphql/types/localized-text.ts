import { builder } from '../builder.ts';

export interface LocalizedTextShape {
  en: string;
  zh: string | null;
}

export const LocalizedText = builder.objectRef<LocalizedTextShape>('LocalizedText').implement({
  description: 'A text in English, and in Chinese where the publisher gives one.',
  fields: (t) => ({
    en: t.exposeString('en', { description: 'The English text.' }),
    zh: t.exposeString('zh', { nullable: true, description: 'The Chinese text, or null when there is none.' }),
  }),
});
