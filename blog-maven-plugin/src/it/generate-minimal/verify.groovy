File site = new File(basedir, 'target/blog')
assert new File(site, 'index.html').isFile() : 'index.html not generated'
File post = new File(site, 'posts/1a2b3c4.html')
assert post.isFile() : 'post page not generated at its abbrlink permalink'
assert post.getText('UTF-8').contains('Hello World')

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Generating blog from ')
assert log =~ /\d+ pages \(.*\), \d+ assets copied in/
assert log.contains('BUILD SUCCESS')
