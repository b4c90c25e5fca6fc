assert new File(basedir, 'source/_drafts/alpha.md').isFile()
assert !new File(basedir, 'source/_posts').exists() : 'nothing should have been published'

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('There is no draft ') && log.contains('gamma.md')
assert log.contains('Drafts: alpha, beta.')
assert log.contains('BUILD FAILURE')
