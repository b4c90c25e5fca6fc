/**
 * Builds a static site from a Hexo-layout blog. The whole public surface is here:
 * {@link io.github.blogmaven.renderer.SiteGenerator#generate(GenerateRequest)} takes a
 * {@link io.github.blogmaven.renderer.GenerateRequest} and returns a
 * {@link io.github.blogmaven.renderer.GenerateResult}, reporting progress to a
 * {@link io.github.blogmaven.renderer.BuildListener}. {@link io.github.blogmaven.renderer.Scaffolder} writes new
 * posts ({@link io.github.blogmaven.renderer.NewPostRequest}) and publishes drafts
 * ({@link io.github.blogmaven.renderer.PublishRequest}), as {@code hexo new} and {@code hexo publish} do.
 * Everything under {@code internal} may change at any time.
 *
 * <pre>{@code
 * GenerateResult result = new SiteGenerator().generate(
 *         GenerateRequest.of(Path.of("myblog"), Path.of("myblog/target/blog")));
 * }</pre>
 *
 * <h2>Themes</h2>
 * Pages are rendered with FreeMarker templates: {@code .ftlh} (HTML, every {@code ${...}} escaped) and
 * {@code .ftlx} (the Atom and RSS feeds and the sitemap). A template in {@code themes/<theme>/layout/} (with
 * {@code theme: <theme>} in {@code _config.yml}) replaces the built-in template of the same name; the others
 * stay built in. Files in {@code themes/<theme>/source/} are published beside, and over, the built-in
 * {@code css/style.css}. A Hexo theme (EJS, Nunjucks...) cannot be rendered: it is ignored with a warning.
 *
 * <p>Templates: {@code base.ftlh} (the frame and shared macros), {@code post}, {@code page}, {@code index},
 * {@code archive}, {@code tag}, {@code tags}, {@code category}, {@code categories}, {@code 404}, and
 * {@code atom.ftlx}, {@code rss2.ftlx}, {@code sitemap.ftlx}. A post's or page's {@code layout} picks
 * {@code <layout>.ftlh} when it exists.
 *
 * <p>What templates see:
 * <ul>
 *   <li>{@code site}: {@code title}, {@code subtitle}, {@code description}, {@code author}, {@code language},
 *       {@code url}, {@code root}, {@code home}, {@code config} (every {@code _config.yml} key, known or not),
 *       {@code data} ({@code source/_data}), {@code menu}, {@code tags}, {@code categories} (a tree),
 *       {@code recentPosts} (the five newest, each {@code title} and {@code url}), {@code atomUrl},
 *       {@code rss2Url}, {@code archivesUrl}, {@code tagsUrl}, {@code categoriesUrl};</li>
 *   <li>{@code page} (and {@code post} in the post layout): {@code title}, {@code date} and {@code updated}
 *       ({@code .date}, {@code .time}, {@code .iso}), {@code url}, {@code permalink} (absolute),
 *       {@code content}, {@code excerpt}, {@code excerptIsPartial}, {@code moreUrl}, {@code toc}, {@code tags},
 *       {@code categories}, {@code author} (the author card), {@code newer}, {@code older}, and
 *       {@code frontMatter}: every front-matter key as written ({@code page.frontMatter.keywords});</li>
 *   <li>on lists, {@code page.posts}, {@code page.groups} (by year) and {@code paginator};</li>
 *   <li>{@code url_for("path")} and {@code full_url_for("path")}, as in Hexo.</li>
 * </ul>
 * Front matter and configuration are only ever data: a title of {@code ${7*7}} is printed as written.
 *
 * <p>A site theme runs sandboxed: no {@code ?new}, no {@code ?api}, no method or class of any Java object (records
 * show their components, nothing else), and no template outside its {@code layout/} folder or the built-in
 * theme. Breaking any of these fails the build with the template, line, column and page.
 *
 * <h2>Broken links</h2>
 * Every internal link and image of every page is checked against the files the build writes: Markdown links and
 * raw HTML in posts and pages are reported at their file, line and column, links a template writes at the
 * template and page. They fail the build unless
 * {@link io.github.blogmaven.renderer.GenerateRequest#failOnBrokenLinks()} is false, which makes each a warning.
 *
 * <p>Every URL a page links to is root-relative and percent-encoded as UTF-8, the way Hexo's {@code url_for}
 * writes it ({@code /tags/%E4%B8%AD%E6%96%87/}); feeds and the sitemap use the absolute form.
 */
package io.github.blogmaven.renderer;
