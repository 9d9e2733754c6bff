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

export const LocalizedTextInput = builder.inputType('LocalizedTextInput', {
  description: 'A text in English, and optionally in Chinese.',
  fields: (t) => ({
    en: t.string({ required: true, description: 'The English text.' }),
    zh: t.string({ description: 'The Chinese text, if there is one.' }),
  }),
});
