#!/usr/bin/env node
// Runs real Hexo on one fixture site and writes what it did as the fixture's reference.json.
//
//   node reference.js <fixture-dir>          writes <fixture-dir>/reference.json
//
// (It calls itself as `node reference.js --run <site-copy> <TZ> <result.json>` for each Hexo run.)
//
// Each Hexo run happens in a child process on a throwaway copy of the fixture, because Hexo and its plugins
// keep state in modules (hexo-abbrlink's list of used links), hexo-abbrlink rewrites the post files it gives a
// link to, and the machine's time zone (TZ) can only be chosen per process. See README.md for what is recorded.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const HERE = __dirname;
// Files are given this modification time before Hexo reads them, so `updated` (from mtime) is stable.
// HexoDifferentialTest pins the same instant on its copy.
const PINNED_MTIME = new Date('2024-01-02T03:04:05Z');
// The machine zone of the second run when _config.yml sets no timezone: any zone far from UTC shows whether
// Hexo's result depends on the machine.
const PROBE_ZONE = 'Asia/Tokyo';
// Files of the fixture that are not part of the Hexo site.
const NOT_SITE = new Set(['reference.json']);
const PLUGINS = ['hexo', 'hexo-abbrlink', 'hexo-generator-archive', 'hexo-generator-category',
  'hexo-generator-feed', 'hexo-generator-index', 'hexo-generator-sitemap', 'hexo-generator-tag',
  'hexo-renderer-marked'];

function main(argv) {
  if (argv[0] === '--run') {
    return run(argv[1], argv[2]).then(result => {
      fs.writeFileSync(argv[3], JSON.stringify(result));
    });
  }
  if (argv.length !== 1) {
    console.error('usage: node reference.js <fixture-dir>');
    process.exit(2);
  }
  const fixture = path.resolve(argv[0]);
  const configured = configuredZone(fixture);
  const primary = runInChild(fixture, 'UTC');
  const second = runInChild(fixture, configured || PROBE_ZONE);
  const reference = {
    fixture: path.basename(fixture),
    generatedBy: generatedBy(),
    ...primary,
    otherMachineZone: {
      tz: configured || PROBE_ZONE,
      why: configured
        ? 'the machine zone equals _config.yml timezone, as on the author\'s own machine'
        : '_config.yml sets no timezone, so Hexo reads dates in the machine zone; this run shows how much that matters',
      outputs: second.outputs,
      posts: second.posts.map(post => ({
        source: post.source, path: post.path, file: post.file, permalink: post.permalink, date: post.date,
        updated: post.updated
      })),
      lists: second.lists,
      feeds: second.feeds,
      sitemaps: second.sitemaps
    }
  };
  fs.writeFileSync(path.join(fixture, 'reference.json'), stableJson(reference));
  console.log(`${path.basename(fixture)}: ${primary.posts.length} posts, ${primary.pages.length} pages, `
    + `${primary.outputs.length} files`);
  return Promise.resolve();
}

function configuredZone(fixture) {
  const yaml = require(path.join(HERE, 'node_modules', 'js-yaml'));
  const config = yaml.load(fs.readFileSync(path.join(fixture, '_config.yml'), 'utf8')) || {};
  return typeof config.timezone === 'string' && config.timezone.trim() ? config.timezone.trim() : null;
}

function runInChild(fixture, tz) {
  const scratch = fs.mkdtempSync(path.join(process.env.TMPDIR || os.tmpdir(), 'hexo-ref-'));
  try {
    const site = path.join(scratch, 'site');
    copySite(fixture, site);
    const out = path.join(scratch, 'result.json');
    const child = spawnSync(process.execPath, [__filename, '--run', site, tz, out], {
      env: { ...process.env, TZ: tz, LC_ALL: 'C', LANG: 'C' },
      stdio: ['ignore', 'inherit', 'inherit']
    });
    if (child.status !== 0) {
      throw new Error(`Hexo failed on ${fixture} with TZ=${tz} (exit ${child.status})`);
    }
    return JSON.parse(fs.readFileSync(out, 'utf8'));
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

// The fixture, plus what Hexo needs around it: package.json (Hexo loads the plugins it lists),
// node_modules, and the harness theme as themes/landscape (Hexo's default theme name, so _config.yml needs
// no theme key that blog-maven would then look for).
function copySite(fixture, site) {
  fs.cpSync(fixture, site, {
    recursive: true,
    filter: src => !NOT_SITE.has(path.relative(fixture, src))
  });
  fs.copyFileSync(path.join(HERE, 'package.json'), path.join(site, 'package.json'));
  fs.symlinkSync(path.join(HERE, 'node_modules'), path.join(site, 'node_modules'), 'dir');
  fs.cpSync(path.join(HERE, 'theme'), path.join(site, 'themes', 'landscape'), { recursive: true });
  pinMtimes(site);
}

function pinMtimes(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) pinMtimes(file);
    fs.utimesSync(file, PINNED_MTIME, PINNED_MTIME);
  }
}

async function run(site, tz) {
  const Hexo = require(path.join(HERE, 'node_modules', 'hexo'));
  const { decodeURL } = require(path.join(HERE, 'node_modules', 'hexo-util'));
  const hexo = new Hexo(site, { silent: true });
  await hexo.init();
  await hexo.call('generate', {});
  const { config } = hexo;
  const zone = config.timezone || tz;
  const sourceDir = path.relative(site, hexo.source_dir).split(path.sep).join('/');
  const source = file => `${sourceDir}/${file}`;
  const iso = date => (date ? require(path.join(HERE, 'node_modules', 'moment-timezone'))(date.valueOf())
    .tz(zone).format('YYYY-MM-DDTHH:mm:ssZ') : null);
  const routeFile = p => hexo.route.format(decodeURL(p));

  const visible = hexo.locals.get('posts').toArray();
  const visibleIds = new Set(visible.map(post => post._id));
  const posts = visible.map(post => {
    const categories = post.categories.toArray().map(category => ({
      names: categoryNames(hexo, category),
      slug: category.slug,
      path: category.path
    }));
    const record = {
      source: source(post.source),
      title: post.title,
      path: decodeURL(post.path),
      file: routeFile(post.path),
      permalink: post.permalink,
      date: iso(post.date),
      updated: iso(post.updated),
      layout: post.layout,
      tags: post.tags.toArray().map(tag => ({ name: tag.name, slug: tag.slug, path: tag.path }))
        .sort(by(tag => tag.name)),
      categories: categories.sort(by(category => category.path)),
      lastCategory: post.categories.length ? post.categories.last().slug : null,
      excerpt: typeof post.excerpt === 'string' && post.excerpt.trim() !== '',
      abbrlink: post.abbrlink === undefined || post.abbrlink === null ? null : String(post.abbrlink)
    };
    const images = { content: imageSources(post.content), excerpt: imageSources(post.excerpt) };
    if (images.content.length || images.excerpt.length) record.images = images;
    // Posts using tag plugins ({% ... %}) keep Hexo's HTML, which HexoTagPluginTest compares with ours.
    if (/\{%/.test(post._content || '')) record.html = post.content;
    return record;
  }).sort(by(post => post.source));

  const unpublished = hexo.model('Post').toArray().filter(post => !visibleIds.has(post._id))
    .map(post => ({
      source: source(post.source),
      reason: post.published === false ? 'draft' : 'future',
      date: iso(post.date)
    })).sort(by(post => post.source));

  const pages = hexo.locals.get('pages').toArray().map(page => ({
    source: source(page.source),
    title: page.title,
    path: decodeURL(page.path),
    file: routeFile(page.path),
    permalink: page.permalink,
    layout: page.layout
  })).sort(by(page => page.source));

  const publicDir = hexo.public_dir;
  const outputs = walk(publicDir).sort();
  const lists = {};
  const written = {};
  for (const file of outputs.filter(f => f.endsWith('.html'))) {
    const state = readState(path.join(publicDir, file));
    if (!state) continue;
    if (state.source) written[file] = source(state.source);
    if (state.posts) {
      lists[file] = { current: state.current, total: state.total, posts: state.posts.map(source) };
    }
  }

  // Two sources with one output file: Hexo writes one of them and says nothing.
  const claims = {};
  for (const item of [...posts, ...pages]) (claims[item.file] = claims[item.file] || []).push(item.source);
  const collisions = Object.keys(claims).filter(file => claims[file].length > 1).sort()
    .map(file => ({ file, sources: claims[file].sort(), written: written[file] || null }));

  const readOutput = file => fs.readFileSync(path.join(publicDir, file), 'utf8');
  const feeds = {};
  const feedTypes = [].concat(config.feed.type);
  const feedPaths = [].concat(config.feed.path);
  feedTypes.forEach((type, i) => {
    const file = hexo.route.format(feedPaths[i]);
    if (outputs.includes(file)) feeds[file] = { type, links: feedLinks(readOutput(file), type) };
  });
  const sitemaps = {};
  for (const file of [].concat(config.sitemap.path).map(p => hexo.route.format(p))) {
    if (!outputs.includes(file)) continue;
    // Sorted: Hexo orders the URLs by `updated`, and posts with equal times come in file-processing order.
    sitemaps[file] = (file.endsWith('.xml')
      ? [...readOutput(file).matchAll(/<loc>([^<]*)<\/loc>/g)].map(m => unescapeXml(m[1]))
      : readOutput(file).split('\n').map(line => line.trim()).filter(Boolean)).sort();
  }

  const result = {
    machineZone: tz,
    config: {
      url: config.url,
      root: config.root,
      timezone: config.timezone || null,
      permalink: config.permalink,
      source_dir: sourceDir
    },
    outputs,
    posts,
    unpublished,
    pages,
    lists,
    feeds,
    sitemaps,
    data: hexo.locals.get('data')
  };
  if (collisions.length) result.collisions = collisions;
  await hexo.exit();
  return result;
}

// The names from the top-level category down to this one.
function categoryNames(hexo, category) {
  const Category = hexo.model('Category');
  const names = [];
  for (let c = category; c; c = c.parent ? Category.findById(c.parent) : null) names.unshift(c.name);
  return names;
}

function imageSources(html) {
  const found = [];
  const re = /<img\b[^>]*?\ssrc="([^"]*)"/g;
  let m;
  while ((m = re.exec(html || '')) !== null) found.push(m[1]);
  return found;
}

// The link of every entry (Atom) or item (RSS), in feed order.
function feedLinks(xml, type) {
  const block = type === 'atom' ? /<entry>([\s\S]*?)<\/entry>/g : /<item>([\s\S]*?)<\/item>/g;
  const link = type === 'atom' ? /<link href="([^"]*)"/ : /<link>([^<]*)<\/link>/;
  return [...xml.matchAll(block)].map(m => (m[1].match(link) || [null, null])[1]).map(unescapeXml);
}

function unescapeXml(text) {
  return text === null ? null : text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

function readState(file) {
  const m = fs.readFileSync(file, 'utf8')
    .match(/<script type="application\/json" id="reference">([\s\S]*?)<\/script>/);
  return m ? JSON.parse(m[1]) : null;
}

function walk(dir, prefix = '') {
  const files = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) files.push(...walk(path.join(dir, entry.name), rel + '/'));
    else files.push(rel);
  }
  return files;
}

function generatedBy() {
  const versions = {};
  for (const name of PLUGINS) {
    versions[name] = require(path.join(HERE, 'node_modules', name, 'package.json')).version;
  }
  return { versions, machineZone: 'UTC', pinnedMtime: PINNED_MTIME.toISOString(), script: 'compat/hexo/reference.js' };
}

function by(key) {
  return (a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

// JSON with object keys sorted and two-space indentation, so a regenerated file differs only where Hexo did.
function stableJson(value) {
  const sort = v => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      const out = {};
      for (const key of Object.keys(v).sort()) if (v[key] !== undefined) out[key] = sort(v[key]);
      return out;
    }
    return v;
  };
  return JSON.stringify(sort(value), null, 2) + '\n';
}

main(process.argv.slice(2)).catch(err => {
  console.error(err);
  process.exit(1);
});
