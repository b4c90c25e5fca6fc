String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.readLines()

// The broken image is logged once as an error at its file, line and column.
List<String> problemLines = lines.findAll { it.startsWith('[ERROR] source/_posts/missing-image.md:9:1: ') }
assert problemLines.size() == 1 : "expected one error line for missing-image.md:9:1, got ${problemLines}"
assert problemLines[0].contains('broken link to missing.png (no such file in the output: /missing.png)')
assert problemLines[0].contains('(hint: ')

// It is a content failure, listed in the failure too, without a stack trace.
assert log.contains('BUILD FAILURE')
assert log.contains('The blog has 1 problem to fix:')
assert lines.count { it.contains('source/_posts/missing-image.md:9:1') } == 2 : 'expected it in the log and in the failure'
assert !log.contains('MojoExecutionException')
assert !log.contains('\tat io.github.blogmaven')

assert !new File(basedir, 'target/blog/index.html').exists() : 'a failed build wrote a site'
