/** Paths of the pages, for links (the LanguageProvider adds the language to every URL). */
export const paths = {
  search: (query?: string) => (query ? `/?q=${encodeURIComponent(query)}` : '/'),
  standard: (designation: string) => `/standards/${encodeURIComponent(designation)}`,
  compare: (from: string, to: string) => `/compare?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
  horizon: () => '/horizon',
  work: () => '/work',
  draft: (id: string) => `/drafts/${encodeURIComponent(id)}`,
  draftCompare: (id: string, from: number, to: number) =>
    `/drafts/${encodeURIComponent(id)}/compare?from=${from}&to=${to}`,
  draftEdit: (id: string) => `/drafts/${encodeURIComponent(id)}/edit`,
  proposeDraft: () => '/drafts/new',
  signIn: (next?: string) => (next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'),
  me: () => '/me',
  committee: (code: string) => `/committees/${encodeURIComponent(code)}`,
};
