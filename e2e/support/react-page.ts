/** The React fixture: server-rendered with react-dom/server, its hydration script bundled by esbuild. */
import { build } from 'esbuild';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '../fixtures/react-app';

export async function reactRoutes(): Promise<Record<string, () => string>> {
  const bundle = await build({
    entryPoints: [new URL('../fixtures/react-client.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    define: { 'process.env.NODE_ENV': '"development"' },
  });
  const script = bundle.outputFiles[0]!.text;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React news</title></head>
<body><div id="root">${renderToString(createElement(App))}</div><script src="/react-client.js"></script></body></html>`;
  return { '/react.html': () => html, '/react-client.js': () => script };
}
