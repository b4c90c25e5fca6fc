String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.readLines()

// The template is named with its line and column, and the page it was rendering.
List<String> problemLines = lines.findAll { it.startsWith('[ERROR] themes/evil/layout/post.ftlh:3:') }
assert problemLines.size() == 1 : "expected one error line for post.ftlh:3, got ${problemLines}"
assert problemLines[0].contains('Execute')
assert problemLines[0].contains('not allowed')
assert problemLines[0].contains('(while rendering posts/7c7c7c7.html)')
assert problemLines[0].contains('(hint: templates run sandboxed')

assert log.contains('BUILD FAILURE')
assert log.contains('The blog has 1 problem to fix:')
assert !log.contains('\tat io.github.blogmaven')

// Nothing ran, and nothing was written.
assert !new File(basedir, 'pwned').exists() : 'the template ran a command'
assert !new File(basedir, 'target/blog/index.html').exists() : 'a failed build wrote a site'
