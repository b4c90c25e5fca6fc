import io.github.blogmaven.renderer.BuildListener;
import io.github.blogmaven.renderer.GenerateRequest;
import io.github.blogmaven.renderer.GenerateResult;
import io.github.blogmaven.renderer.SiteGenerator;
import java.nio.file.Path;

/**
 * Builds one blog through the library, as a plain Java program with nothing else in the JVM: the cold-JVM side of
 * the full-build benchmark. {@code compare.sh} compiles it against blog-renderer's class path.
 *
 * <pre>java -cp &lt;class path&gt; BuildSite &lt;blog&gt; &lt;output&gt;</pre>
 */
public final class BuildSite {
    public static void main(String[] args) throws Exception {
        GenerateRequest request = GenerateRequest.of(Path.of(args[0]), Path.of(args[1]))
                .withListener(new BuildListener() {
                    @Override
                    public void info(String message) {
                    }

                    @Override
                    public void warn(String message) {
                    }
                });
        GenerateResult result = new SiteGenerator().generate(request);
        System.out.println(result.summary());
    }
}
