// Runs after `mvn package` in the project generated from the archetype (context.projectDir);
// basedir is this IT's folder under blog-archetype/target/test-classes/projects.
File project = context.projectDir

// The generated blog builds: the index and the sample post at its abbrlink permalink.
File site = new File(project, 'target/blog')
assert new File(site, 'index.html').isFile() : 'index.html not generated'
File post = new File(site, 'posts/7631b95.html')
assert post.isFile() : 'posts/7631b95.html not generated'
assert post.getText('UTF-8').contains('OpenMessaging')

// The pom names the plugin version this archetype was built with, bound to package.
String pom = new File(project, 'pom.xml').getText('UTF-8')
assert pom.contains('<artifactId>myblog</artifactId>')
assert pom.contains('<artifactId>blog-maven-plugin</artifactId>')
assert pom =~ /<version>\d+\.\d+\.\d+(-SNAPSHOT)?<\/version>/
assert pom.contains('<phase>package</phase>')
assert !pom.contains('${')

// Every blog file arrives byte for byte: no Velocity filtering ate a "## heading" or an image.
File module = basedir
while (module != null && !new File(module, 'src/main/resources/archetype-resources').isDirectory()) {
    module = module.parentFile
}
assert module != null : "blog-archetype module not found above ${basedir}"
File resources = new File(module, 'src/main/resources/archetype-resources')

List<String> blogFiles(File root) {
    List<String> names = []
    root.eachFileRecurse(groovy.io.FileType.FILES) { f ->
        String name = root.toPath().relativize(f.toPath()).toString().replace(File.separatorChar, '/' as char)
        if (name != 'pom.xml' && name != 'build.log' && !name.startsWith('target/')) {
            names << name
        }
    }
    return names.sort()
}

List<String> expected = blogFiles(resources)
assert expected.contains('source/_posts/openmessaging-apsaracache.md')
assert expected.contains('.gitignore')
assert blogFiles(project) == expected
expected.each { name ->
    assert new File(project, name).bytes == new File(resources, name).bytes : "${name} changed on generation"
}

// example/ is the same blog: keep its files identical to the archetype's.
File example = new File(module.parentFile, 'example')
if (new File(example, 'pom.xml').isFile()) {
    assert blogFiles(example) == expected : 'example/ and the archetype hold different blog files'
    expected.each { name ->
        assert new File(example, name).bytes == new File(resources, name).bytes :
                "example/${name} differs from the archetype's"
    }
} else {
    println "example/ not found next to ${module}; skipped comparing it with the archetype"
}
return true
