String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Could not start the preview on 192.0.2.1:0') : 'the failure does not name the address'
assert log.contains('This machine has no such address') : 'the failure does not say what to do'
assert log.contains('BUILD FAILURE')
assert !log.contains('Previewing at') : 'the preview must not claim to run'
