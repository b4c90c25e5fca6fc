String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.readLines()

// All three are logged, sorted by file and line, whatever order the files were read in.
List<String> errors = lines.findAll { it.startsWith('[ERROR] source/_posts/') }
assert errors.collect { it.substring(8, it.indexOf(': ')) } == [
        'source/_posts/a-image.md:9:1',
        'source/_posts/b-link.md:8:7',
        'source/_posts/c-raw-html.md:7:11'] : "got ${errors}"

// The failure counts them and lists them again, in the same order.
assert log.contains('BUILD FAILURE')
int count = lines.findIndexOf { it.contains('The blog has 3 problems to fix:') }
assert count >= 0 : 'no count of the problems'
List<String> listed = lines.drop(count + 1).take(3).collect { it.replaceFirst(/^\[ERROR\]/, '').trim() }
assert listed[0].startsWith('source/_posts/a-image.md:9:1: broken link to diagram.svg') : listed
assert listed[1].startsWith('source/_posts/b-link.md:8:7: broken link to /drafts/b.html') : listed
assert listed[2].startsWith('source/_posts/c-raw-html.md:7:11: broken link to /images/gone.png') : listed
assert !log.contains('\tat io.github.blogmaven')

assert !new File(basedir, 'target/blog/index.html').exists() : 'a failed build wrote a site'
