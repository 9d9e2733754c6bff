import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Outlet } from 'react-router';
import { LanguageProvider } from '../i18n/language.tsx';
import { Layout } from './Layout.tsx';
import { Loading } from '../components/Loading.tsx';

// Each page is its own chunk: the search page loads without the others' code.
const SearchPage = lazy(() => import('../pages/search/SearchPage.tsx'));
const NotFoundPage = lazy(() => import('../pages/not-found/NotFoundPage.tsx'));

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
          { path: '*', element: page(<NotFoundPage />) },
        ],
      },
    ],
  },
]);
