import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Outlet } from 'react-router';
import { LanguageProvider } from '../i18n/language.tsx';
import { Layout } from './Layout.tsx';
import { Loading } from '../components/Loading.tsx';

// Each page is its own chunk: the search page loads without the others' code.
const SearchPage = lazy(() => import('../pages/search/SearchPage.tsx'));

const page = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

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
          { index: true, element: page(<SearchPage />) },
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
