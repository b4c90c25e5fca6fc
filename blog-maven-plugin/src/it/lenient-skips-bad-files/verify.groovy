String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.readLines()

// The problem is a warning with the text a strict build fails with: file, line, column, key.
List<String> problem = lines.findAll { it.startsWith('[WARNING] source/_posts/broken.md:3:7: key \'date\':') }
assert problem.size() == 1 : "expected one warning naming broken.md:3:7, got ${lines.findAll { it.contains('broken.md') }}"
assert problem[0].contains('is not a day of the calendar')
assert lines.any { it.startsWith('[WARNING] Lenient mode: left out 1 file with problems (source/_posts/broken.md)') }
assert !lines.any { it.startsWith('[ERROR]') } : 'a lenient build logged an error'

// The rest of the site is built; the bad post is not.
assert log.contains('BUILD SUCCESS')
File site = new File(basedir, 'target/blog')
assert new File(site, 'index.html').isFile()
assert new File(site, 'posts/1a2b3c4.html').getText('UTF-8').contains('Hello World')
assert !new File(site, 'posts/0badbad.html').exists() : 'the bad post was published'
assert !new File(site, 'index.html').getText('UTF-8').contains('Broken')
