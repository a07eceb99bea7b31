import '@cloudscape-design/global-styles/index.css';
// First (modules run in import order): creating the router requests the current route's code and
// data while React DOM and Cloudscape are still evaluating, instead of after.
import './app/router.tsx';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { applyStoredPreferences } from './lib/preferences.ts';

applyStoredPreferences();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
