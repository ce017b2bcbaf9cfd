import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openTestNotebook, tempDir } from '../../../helpers/notebook';
import { parseFile } from '../../../helpers/parse-file';

declare global {
  var dossierPageScriptRan: string | undefined;
}

afterEach(() => {
  delete globalThis.dossierPageScriptRan;
  vi.restoreAllMocks();
});

function hostilePage(marker: string): string {
  const escaped = JSON.stringify(marker);
  return `<!DOCTYPE html>
<html lang="en"><head>
<title>Ministers agree on a border plan</title>
<script>globalThis.dossierPageScriptRan = 'inline'; require('node:fs').writeFileSync(${escaped}, 'ran');</script>
<script src="https://tracker.example/t.js"></script>
<link rel="stylesheet" href="https://cdn.example/site.css">
<style>body { color: red }</style>
</head>
<body onload="globalThis.dossierPageScriptRan = 'onload'">
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Ministers agree on a border plan</h1>
<p>The two delegations met for six hours at the Foreign Ministry and agreed on a joint plan for the border crossings.
<img src="missing.png" onerror="globalThis.dossierPageScriptRan = 'onerror'"></p>
<p>Officials said <a href="javascript:globalThis.dossierPageScriptRan = 'link'">the statement</a> would be published on Friday, after a second round of talks.</p>
<iframe src="https://ads.example/frame"></iframe>
<noscript>Enable JavaScript to see comments</noscript>
<p>Both sides described the talks as constructive and said they would meet again in March.</p>
</article>
<aside>Most read: celebrity news</aside>
<form><button>Subscribe</button></form>
<footer>© 2024 The Border Times</footer>
</body></html>`;
}

describe('importing a saved web page', () => {
  it('never runs the page: no script, event handler or javascript: link takes effect or reaches the text', async () => {
    const marker = join(tempDir(), 'script-ran.txt');
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const article = await parseFile('page.html', hostilePage(marker));
    expect(article.format).toBe('html');
    expect(globalThis.dossierPageScriptRan).toBeUndefined();
    expect(existsSync(marker)).toBe(false);
    expect(fetchSpy).not.toHaveBeenCalled();
    const everything = `${article.title}\n${article.text}\n${article.content}`;
    for (const trace of ['dossierPageScriptRan', 'writeFileSync', 'javascript', 'onerror', 'onload', 'tracker.example', 'color: red', 'Enable JavaScript', 'Subscribe']) {
      expect(everything).not.toContain(trace);
    }
    expect(article.title).toBe('Ministers agree on a border plan');
    expect(article.text).toContain('Officials said the statement would be published on Friday');
    expect(article.text).toContain('Both sides described the talks as constructive');
  });

  it('keeps the article and drops the page around it, as plain paragraphs', async () => {
    const article = await parseFile('page.html', hostilePage(join(tempDir(), 'unused')));
    expect(article.text).not.toMatch(/Home|World|Most read|© 2024/);
    expect(article.text.split('\n\n')).toEqual([
      'The two delegations met for six hours at the Foreign Ministry and agreed on a joint plan for the border crossings.',
      'Officials said the statement would be published on Friday, after a second round of talks.',
      'Both sides described the talks as constructive and said they would meet again in March.',
    ]);
  });

  it('turns lists, line breaks and headings into lines a reader can follow', async () => {
    const page = `<html><body><article>
      <h1>Agenda of the bilateral meeting</h1>
      <p>The agenda of the meeting, released on Tuesday by the Secretariat of Foreign Affairs, covered several points that both governments had prepared.</p>
      <h2>Topics</h2>
      <ul><li>Migration and <b>asylum</b></li><li>Security cooperation</li><li>Trade</li></ul>
      <p>Signed,<br>The Secretariat</p>
    </article></body></html>`;
    const article = await parseFile('agenda.htm', page);
    expect(article.stated.title).toEqual({ value: 'Agenda of the bilateral meeting', source: '<h1>' });
    expect(article.text).toContain('Topics\n\n• Migration and asylum\n• Security cooperation\n• Trade\n\nSigned,\nThe Secretariat');
  });

  it('states every value the page declares, with the tag it came from', async () => {
    const page = `<!doctype html>
<html lang="en-US"><head>
<title>Mexico and U.S. meet on security – The Border Times</title>
<meta property="og:title" content="Mexico and U.S. meet on security, trade and migration">
<meta property="og:site_name" content="The Border Times">
<meta property="og:url" content="https://bordertimes.example/og-address">
<meta property="article:published_time" content="2021-10-08T23:30:00-05:00">
<meta name="author" content="By Ana López">
<link rel="canonical" href="https://bordertimes.example/2021/10/08/security-talks">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
  {"@type":"NewsArticle","headline":"JSON-LD headline","datePublished":"2021-10-07","author":[{"@type":"Person","name":"Someone Else"}],"publisher":{"@type":"Organization","name":"Border Times Group"}}]}</script>
</head><body><article><p>Mexican and US officials met in Mexico City on Friday to discuss security, trade and migration, the foreign ministry said.</p>
<time datetime="2021-10-01">October 1</time></article></body></html>`;
    const article = await parseFile('security.html', page);
    expect(article.stated).toEqual({
      title: { value: 'Mexico and U.S. meet on security, trade and migration', source: 'meta og:title' },
      outlet: { value: 'The Border Times', source: 'meta og:site_name' },
      author: { value: 'Ana López', source: 'meta author' },
      published: { value: '2021-10-08', source: 'meta article:published_time' },
      language: { value: 'en-US', source: '<html lang>' },
      url: { value: 'https://bordertimes.example/2021/10/08/security-talks', source: 'link rel=canonical' },
    });
    expect(article.title).toBe('Mexico and U.S. meet on security, trade and migration');
    expect(article.outlet).toBe('The Border Times');
    expect(article.content.startsWith('Mexico and U.S. meet on security, trade and migration\n\nMexican and US officials')).toBe(true);
  });

  it('falls back to JSON-LD, <time>, <title> and og:url when the page has no other tags', async () => {
    const jsonLd = `<!doctype html><html><head><title>Page</title>
<meta property="og:locale" content="es_MX">
<link rel="canonical" href="javascript:void(0)"><meta property="og:url" content="http://example.org/nota">
<script type="application/ld+json">{"@type":["NewsArticle"],"headline":"Reunión de cancilleres en Washington","datePublished":"2022-05","author":{"name":"Redacción"},"publisher":{"name":"El Sol de México"}}</script>
</head><body><p>Los cancilleres se reunieron en Washington para preparar la Cumbre de las Américas.</p></body></html>`;
    const fromJsonLd = await parseFile('nota.html', jsonLd);
    expect(fromJsonLd.stated).toEqual({
      title: { value: 'Reunión de cancilleres en Washington', source: 'JSON-LD NewsArticle.headline' },
      outlet: { value: 'El Sol de México', source: 'JSON-LD NewsArticle.publisher.name' },
      author: { value: 'Redacción', source: 'JSON-LD NewsArticle.author.name' },
      published: { value: '2022-05', source: 'JSON-LD NewsArticle.datePublished' },
      language: { value: 'es-MX', source: 'meta og:locale' },
      url: { value: 'http://example.org/nota', source: 'meta og:url' },
    });

    const bare = `<html><head><title>US advance prepares details in the SRE for the meeting – El Sol de México</title></head>
<body><article><p><time datetime="2023-12-27T23:45:00Z">27 de diciembre</time></p><p>The advance team of the United States government arrived at the Foreign Ministry on Tuesday.</p></article></body></html>`;
    const fromTitle = await parseFile('advance.html', bare);
    expect(fromTitle.stated).toEqual({
      title: { value: 'US advance prepares details in the SRE for the meeting', source: '<title>' },
      outlet: { value: 'El Sol de México', source: 'title suffix' },
      published: { value: '2023-12-27', source: '<time datetime>' },
    });
  });

  it('takes the title from the text when the page has no title at all', async () => {
    const article = await parseFile('clip.html', '<html><body><p>Talks resume in Mexico City</p><p>The talks resumed on Monday.</p></body></html>');
    expect(article.stated.title).toEqual({ value: 'Talks resume in Mexico City', source: 'text line 1' });
    expect(article.text).toBe('The talks resumed on Monday.');
  });

  it('imports a page into the notebook with its stated values and original bytes', async () => {
    const dir = tempDir();
    const file = join(dir, 'reunion.html');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      file,
      `<!doctype html><html lang="es"><head><title>Bárcena y Blinken se reúnen en la Ciudad de México – La Jornada</title></head><body><article>
<p>La canciller Alicia Bárcena se reunió con el secretario de Estado, Antony Blinken, en la Ciudad de México.</p>
<p>Los funcionarios hablaron de migración, seguridad y comercio, y acordaron una nueva reunión para el mes de marzo.</p></article></body></html>`,
    );
    const notebook = openTestNotebook();
    const summary = await notebook.importPaths(file);
    expect(summary.failed).toEqual([]);
    const doc = await notebook.call('documents.get', { uid: summary.imported[0]!.uid });
    expect(doc.title).toBe('Bárcena y Blinken se reúnen en la Ciudad de México');
    expect(doc.outlet).toBe('La Jornada');
    expect(doc.language).toBe('es');
    expect(doc.sourceFormat).toBe('html');
    expect(doc.text).toBe(
      'La canciller Alicia Bárcena se reunió con el secretario de Estado, Antony Blinken, en la Ciudad de México.\n\n' +
        'Los funcionarios hablaron de migración, seguridad y comercio, y acordaron una nueva reunión para el mes de marzo.',
    );
  });
});
