import java.util.zip.CRC32

File posts = new File(basedir, 'source/_posts')
File[] files = posts.listFiles()
assert files != null && files.length == 1 : "expected one new post in ${posts}"
File post = files[0]
assert post.name ==~ /\d{4}-\d{2}-\d{2}-hello-maven\.md/ : "new_post_name not applied: ${post.name}"

String text = post.getText('UTF-8')
assert text.startsWith('---\ntitle: "Hello: Maven"\ndate: ') : text
assert text =~ /(?m)^date: \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/ : text
assert text.contains('\ntags:\n') : text
CRC32 crc = new CRC32()
crc.update('Hello: Maven'.getBytes('UTF-8'))
assert text.contains("\nabbrlink: ${Long.toHexString(crc.value)}\n---\n") : text

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Created ') && log.contains('hello-maven.md')
assert log.contains('BUILD SUCCESS')
