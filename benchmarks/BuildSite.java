import io.github.blogmaven.renderer.BuildListener;
import io.github.blogmaven.renderer.GenerateRequest;
import io.github.blogmaven.renderer.GenerateResult;
import io.github.blogmaven.renderer.SiteGenerator;
import java.nio.file.Path;

/**
 * Builds one blog through the library, as a plain Java program with nothing else in the JVM: the cold-JVM side of
 * the full-build benchmark. {@code compare.sh} compiles it against blog-renderer's class path.
 *
 * <pre>java -cp &lt;class path&gt; BuildSite &lt;blog&gt; &lt;output&gt; [runs]</pre>
 *
 * <p>With {@code runs} above one it builds the blog that many times in the same JVM, each time from clean into a
 * folder of its own ({@code <output>-2}, {@code <output>-3}, ...), and prints each build's wall time: the later
 * builds run loaded and compiled code, which tells a cold JVM's start-up from the build's own work.
 */
public final class BuildSite {
    public static void main(String[] args) throws Exception {
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        for (int run = 1; run <= runs; run++) {
            Path output = Path.of(run == 1 ? args[1] : args[1] + "-" + run);
            long start = System.nanoTime();
            GenerateResult result = new SiteGenerator().generate(GenerateRequest.of(Path.of(args[0]), output)
                    .withListener(new BuildListener() {
                        @Override
                        public void info(String message) {
                        }

                        @Override
                        public void warn(String message) {
                        }
                    }));
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println(runs == 1 ? result.summary() : "run " + run + ": " + millis + " ms");
        }
    }
}
