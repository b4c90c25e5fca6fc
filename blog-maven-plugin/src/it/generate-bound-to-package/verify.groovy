File site = new File(basedir, 'target/blog')
assert new File(site, 'index.html').isFile() : 'index.html not generated'
assert new File(site, 'posts/1a2b3c4.html').isFile() : 'post page not generated'

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains(':generate (default) @ generate-bound-to-package ---') : 'goal did not run in package'
assert log =~ /\d+ pages \(.*\), \d+ assets copied in/
assert log.contains('BUILD SUCCESS')
