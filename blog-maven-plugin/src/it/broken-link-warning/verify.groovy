String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.readLines()

// The broken link is a warning at its file, line and column.
List<String> warnings = lines.findAll { it.startsWith('[WARNING] source/_posts/dead-link.md:7:5: ') }
assert warnings.size() == 1 : "expected one warning for dead-link.md:7:5, got ${warnings}"
assert warnings[0].contains('broken link to /old/page.html (no such file in the output)')

// And the site is built all the same.
assert log.contains('BUILD SUCCESS')
File post = new File(basedir, 'target/blog/posts/6b6b6b6.html')
assert post.isFile() : 'the post was not written'
assert post.getText('UTF-8').contains('<a href="/old/page.html">the old page</a>')
