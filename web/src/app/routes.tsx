import { createBrowserRouter, Outlet } from 'react-router';
import { LanguageProvider } from '../i18n/language.tsx';
import { Layout } from './Layout.tsx';

// Each page is its own chunk: the search page loads without the others' code.

export const router = createBrowserRouter([
  {
    element: (
      <LanguageProvider>
        <Outlet />
      </LanguageProvider>
    ),
    children: [
      {
        element: <Layout />,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('../pages/search/SearchPage.tsx')).default }) },
          {
            path: 'compare',
            lazy: async () => ({ Component: (await import('../pages/compare/ComparePage.tsx')).default }),
          },
          {
            path: 'horizon',
            lazy: async () => ({ Component: (await import('../pages/horizon/HorizonPage.tsx')).default }),
          },
          {
            path: 'work',
            lazy: async () => ({ Component: (await import('../pages/work/WorkPage.tsx')).default }),
          },
          {
            path: 'drafts/:id',
            lazy: async () => ({ Component: (await import('../pages/draft/DraftPage.tsx')).default }),
          },
          // The designation may hold a slash (`GB/T 31486`), raw or encoded: the splat takes it whole.
          // The router loads the chunk before rendering (no Suspense fallback, whose reveal React delays).
          {
            path: 'standards/*',
            lazy: async () => ({ Component: (await import('../pages/standard/StandardPage.tsx')).default }),
          },
          {
            path: '*',
            lazy: async () => ({ Component: (await import('../pages/not-found/NotFoundPage.tsx')).default }),
          },
        ],
      },
    ],
  },
]);
