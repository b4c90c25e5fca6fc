String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.readLines()

// Each problem is logged once as an error, naming the file and the line of the bad key.
List<String> problemLines = lines.findAll { it.startsWith('[ERROR] source/_posts/broken.md:3') }
assert problemLines.size() == 1 : "expected one error line for broken.md:3, got ${problemLines}"
assert problemLines[0].contains('date')

// The failure lists it too, as a content failure and without a stack trace.
assert log.contains('BUILD FAILURE')
assert log =~ /The blog has \d+ problems? to fix:/
assert lines.count { it.contains('source/_posts/broken.md:3') } == 2 : 'expected it in the log and in the failure'
assert !log.contains('MojoExecutionException')
assert !log.contains('\tat io.github.blogmaven')

assert !new File(basedir, 'target/blog/index.html').exists() : 'a failed build wrote a site'
