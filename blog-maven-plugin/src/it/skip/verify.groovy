assert !new File(basedir, 'target/blog').exists() : 'skipped build wrote output'

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Skipping blog generation (blog.skip=true)')
assert !log.contains('Generating blog from ')
assert log.contains('BUILD SUCCESS')
