import { createBrowserRouter, Outlet } from 'react-router';
import { ViewerProvider } from '../auth/useViewer.ts';
import { LanguageProvider } from '../i18n/language.tsx';
import { Layout } from './Layout.tsx';

// Each page is its own chunk: the search page loads without the others' code.

export const router = createBrowserRouter([
  {
    element: (
      <LanguageProvider>
        <ViewerProvider>
          <Outlet />
        </ViewerProvider>
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
            path: 'drafts/new',
            lazy: async () => ({ Component: (await import('../pages/propose/ProposeDraftPage.tsx')).default }),
          },
          {
            path: 'drafts/:id',
            lazy: async () => ({ Component: (await import('../pages/draft/DraftPage.tsx')).default }),
          },
          {
            path: 'drafts/:id/compare',
            lazy: async () => ({ Component: (await import('../pages/draft/RevisionComparePage.tsx')).default }),
          },
          {
            path: 'drafts/:id/edit',
            lazy: async () => ({ Component: (await import('../pages/editor/EditorPage.tsx')).default }),
          },
          // The designation may hold a slash (`GB/T 31486`), raw or encoded: the splat takes it whole.
          // The router loads the chunk before rendering (no Suspense fallback, whose reveal React delays).
          {
            path: 'standards/*',
            lazy: async () => ({ Component: (await import('../pages/standard/StandardPage.tsx')).default }),
          },
          {
            path: 'sign-in',
            lazy: async () => ({ Component: (await import('../pages/sign-in/SignInPage.tsx')).default }),
          },
          {
            path: 'set-password',
            lazy: async () => ({ Component: (await import('../pages/set-password/SetPasswordPage.tsx')).default }),
          },
          {
            path: 'me',
            lazy: async () => ({ Component: (await import('../pages/me/MePage.tsx')).default }),
          },
          {
            path: 'committees/*',
            lazy: async () => ({ Component: (await import('../pages/committee/CommitteePage.tsx')).default }),
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
