import '@/lib/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadSkillNames } from '@/components/popup/skillgap-context';
import { App } from './App';
import './style.css';

// The first tab waits for the skill names (a chunk of their own): start fetching them before rendering.
void loadSkillNames();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
