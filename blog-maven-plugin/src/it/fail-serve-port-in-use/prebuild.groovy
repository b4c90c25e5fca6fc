// Another program on the port blog:serve is told to use: a socket kept open in this (the invoker's) JVM for as
// long as the build runs, held by a system property so it is not collected.
ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())
System.getProperties().put('blog.it.takenPort', taken)
new File(basedir, 'port.properties').text = "blog.port=${taken.localPort}\n"
return true
