File post = new File(basedir, 'source/_posts/Hello.md')
assert post.getText('UTF-8').contains('Mine, not to be overwritten.') : 'existing post was overwritten'

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Hello.md already exists; it is never overwritten.')
assert log.contains('BUILD FAILURE')
