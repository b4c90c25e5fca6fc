/* global hexo */
'use strict';

// The harness theme's only logic: each page states, as JSON, what it is, so reference.js can read the
// generated files back. '<' is escaped so the JSON can never close the <script> element around it.
hexo.extend.helper.register('reference_json', function(page) {
  const state = {
    layout: page.layout || null,
    source: page.source || null,
    current: page.current || null,
    total: page.total || null,
    posts: page.posts && page.posts.map ? page.posts.map(post => post.source) : null
  };
  if (!Array.isArray(state.posts) && page.posts && page.posts.toArray) {
    state.posts = page.posts.toArray().map(post => post.source);
  }
  return JSON.stringify(state).replace(/</g, '\\u003c');
});
