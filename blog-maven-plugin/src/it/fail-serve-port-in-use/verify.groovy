ServerSocket taken = (ServerSocket) System.getProperties().remove('blog.it.takenPort')
int port = taken.localPort
taken.close()
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("Could not start the preview on 127.0.0.1:${port}") : 'the failure does not name the port'
assert log.contains('Another program listens on that port: pick another with -Dblog.port=4001') : 'the failure does not say how to pick another port'
assert log.contains('BUILD FAILURE')
