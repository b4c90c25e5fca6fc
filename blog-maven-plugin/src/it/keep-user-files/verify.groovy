File site = new File(basedir, 'target/blog')
String log = new File(basedir, 'build.log').getText('UTF-8')

File cname = new File(site, 'CNAME')
assert cname.isFile() : 'the CNAME added after the first build was lost by the second'
assert cname.getText('UTF-8') == 'blog.example.com\n'

assert new File(site, 'posts/1a2b3c4.html').isFile()
assert !new File(site, 'posts/9d8e7f6.html').exists() : 'the page of the draft left out of the second build is still there'
assert log.contains('Removed 1 file that an earlier build wrote and this one does not')

// blog-maven lists what it wrote, and the user's CNAME is not on that list.
File manifest = new File(site, '.blog-maven-manifest')
assert manifest.isFile()
assert manifest.readLines('UTF-8').contains('posts/1a2b3c4.html')
assert !manifest.readLines('UTF-8').contains('CNAME')

// Beside the site: its lock file, and no staging or previous folder.
assert new File(basedir, 'target').list().sort() == ['.blog.lock', 'blog']
assert log.contains('BUILD SUCCESS')
