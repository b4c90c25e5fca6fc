import java.nio.file.Files

File source = new File(basedir, 'source')
String folder = source.toPath().toAbsolutePath().normalize().toString()
String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.readLines()

// One error naming the folder and the reason, as a content/configuration failure without a stack trace.
List<String> errors = lines.findAll { it.startsWith('[ERROR] ' + folder + ': ') }
assert errors.size() == 1 : "expected one error naming ${folder}, got ${errors}"
assert errors[0].contains("the output folder is the blog's source folder")
assert errors[0].contains('(hint: choose a folder of its own for the site')
assert log.contains('BUILD FAILURE')
assert log.contains('The blog has 1 problem to fix:')
assert !log.contains('MojoExecutionException')
assert !log.contains('\tat io.github.blogmaven')

// The sources are exactly as they were, and nothing was created in or beside them.
List<String> files = []
source.eachFileRecurse { files << source.toPath().relativize(it.toPath()).toString() }
assert files.sort() == ['_posts', '_posts/hello-world.md'] : "source/ changed: ${files}"
File post = new File(source, '_posts/hello-world.md')
assert post.getText('UTF-8').startsWith('---\ntitle: Hello World\n')
assert post.getText('UTF-8').contains('The rest of the post.')
assert !new File(basedir, '.source.lock').exists() : 'a lock file was created before the refusal'
assert basedir.list().findAll { it.startsWith('.source') }.isEmpty()
