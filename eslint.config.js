// Lint rules that guard what the type checker cannot: above all, page text never reaches innerHTML.
import tseslint from 'typescript-eslint';

const noMarkupSinks = {
  'no-restricted-properties': [
    'error',
    { property: 'innerHTML', message: 'Page text is data: build nodes with textContent or the h() helper, never innerHTML.' },
    { property: 'outerHTML', message: 'Page text is data: never write outerHTML.' },
    { property: 'insertAdjacentHTML', message: 'Page text is data: never insert HTML strings.' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'document.write is forbidden.' },
    { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text is data: never dangerouslySetInnerHTML.' },
    { selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']", message: 'No eval or new Function: no code from strings.' },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'bench-output/**', 'docs/**'] },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: noMarkupSinks,
  },
  {
    // Tests drive pages and fixtures as a site's own scripts would; they may set markup to simulate a site.
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
