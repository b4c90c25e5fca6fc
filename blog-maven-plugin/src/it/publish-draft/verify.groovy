File source = new File(basedir, 'source')
File post = new File(source, '_posts/trip.md')
assert post.isFile() : 'draft not moved to _posts'
assert post.getText('UTF-8').contains('title: Trip')
assert new File(source, '_posts/trip/map.png').isFile() : 'asset folder not moved'
assert !new File(source, '_drafts/trip.md').exists() : 'draft left behind'
assert !new File(source, '_drafts/trip').exists() : 'asset folder left behind'
assert new File(source, '_posts/hello.md').isFile()

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Published draft trip as ')
assert log.contains('BUILD SUCCESS')
