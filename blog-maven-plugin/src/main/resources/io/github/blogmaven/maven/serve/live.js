// Live reload for the blog:serve preview. DevServer adds this script to every page it serves (never to the
// files on disk) and streams Server-Sent Events from <root>__blog-maven/events:
//   reload   {"paths": [...]}  output files that changed; a tab showing or using one of them reloads
//   css      {"paths": [...]}  stylesheets that changed; they are swapped in place, without a reload
//   problems {"problems": [...]}  the last rebuild failed; the lines are shown over the page
//   ok       {}                the site builds; the problems go away
(() => {
  'use strict';

  const script = document.currentScript;
  const scriptUrl = new URL(script.src, location.href);
  const root = scriptUrl.pathname.slice(0, scriptUrl.pathname.lastIndexOf('__blog-maven/'));
  // The 404 page stands in for any missing path, so its URL says nothing about which file it is.
  const notFoundPage = script.hasAttribute('data-not-found');
  const OVERLAY_ID = 'blog-maven-problems';

  // The output file ('posts/a.html', 'about/index.html') a path of this site names, or null outside the site.
  const outputPath = (pathname) => {
    if (!pathname.startsWith(root)) {
      return null;
    }
    let path;
    try {
      path = decodeURIComponent(pathname.slice(root.length));
    } catch (e) {
      return null;
    }
    return path === '' || path.endsWith('/') ? path + 'index.html' : path;
  };

  // The files this tab shows: the page itself (a link may leave out '.html' or '/index.html') and every
  // script, image or font it loaded from this site.
  const filesShown = () => {
    const here = outputPath(location.pathname);
    const files = here === null ? [] : [here, here + '.html', here + '/index.html'];
    for (const entry of performance.getEntriesByType('resource')) {
      const url = new URL(entry.name);
      if (url.origin === location.origin) {
        files.push(outputPath(url.pathname));
      }
    }
    return files;
  };

  const reload = (paths) => {
    const shown = filesShown();
    if (notFoundPage || paths.some((path) => shown.includes(path))) {
      location.reload();
    }
  };

  const swapStylesheets = (paths) => {
    for (const link of document.querySelectorAll('link[rel~="stylesheet" i][href]')) {
      const url = new URL(link.href);
      if (url.origin !== location.origin || !paths.includes(outputPath(url.pathname))) {
        continue;
      }
      url.searchParams.set('blog-maven-reload', String(Date.now()));
      const fresh = link.cloneNode(false);
      fresh.href = url.href;
      // The old sheet goes only once the new one is in, so the page never flashes unstyled.
      const dropOld = () => link.remove();
      fresh.addEventListener('load', dropOld);
      fresh.addEventListener('error', dropOld);
      link.after(fresh);
    }
  };

  const hideProblems = () => {
    const overlay = document.getElementById(OVERLAY_ID);
    if (overlay) {
      overlay.remove();
    }
  };

  const showProblems = (lines) => {
    hideProblems();
    const overlay = document.createElement('div');
    overlay.id = OVERLAY_ID;
    overlay.setAttribute('role', 'alert');
    // 'all: initial' first, so that no rule of the page's own stylesheets reaches the overlay.
    overlay.style.cssText = 'all:initial;display:block;position:fixed;top:0;right:0;bottom:0;left:0;'
      + 'z-index:2147483647;overflow:auto;box-sizing:border-box;padding:24px;margin:0;'
      + 'background:rgba(24,24,24,0.96);color:#eeeeee;font:14px/1.5 monospace;white-space:pre-wrap;';
    const title = document.createElement('div');
    title.style.cssText = 'all:initial;display:block;margin-bottom:16px;color:#ff7b72;font:bold 16px monospace;';
    title.textContent = 'The last rebuild failed. The page shows the last good build.';
    // Text nodes, never markup: the messages quote the user's content.
    overlay.append(title, lines.join('\n'));
    (document.body || document.documentElement).appendChild(overlay);
  };

  const events = new EventSource(new URL('events', scriptUrl).href);
  let dropped = false;
  // After a drop (the server restarted) the page may be out of date: reload once the server is back.
  events.addEventListener('error', () => {
    dropped = true;
  });
  events.addEventListener('open', () => {
    if (dropped) {
      location.reload();
    }
  });
  events.addEventListener('reload', (event) => reload(JSON.parse(event.data).paths));
  events.addEventListener('css', (event) => swapStylesheets(JSON.parse(event.data).paths));
  events.addEventListener('problems', (event) => showProblems(JSON.parse(event.data).problems));
  events.addEventListener('ok', hideProblems);
})();
