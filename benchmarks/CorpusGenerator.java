import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a deterministic Hexo blog of N posts for benchmarks: mostly Chinese with English mixed in, 600 to 3,000
 * characters in several {@code ##} sections, {@code <!-- more -->} in most posts, one to three images in each
 * post's asset folder, code blocks in about a third, tables in some, one to five tags from a pool of 300, one or
 * two categories (some nested), dates over ten years and an abbrlink each.
 *
 * <pre>java benchmarks/CorpusGenerator.java &lt;target-dir&gt; &lt;posts&gt; [seed]</pre>
 *
 * The same arguments always give the same bytes. The target folder must not exist yet.
 */
public final class CorpusGenerator {
    private static final String HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";
    private static final String[] ENGLISH = {"Java", "Maven", "Redis", "Kafka", "JVM", "GC", "latency",
            "throughput", "Spring Boot", "Netty", "HTTP/2", "Kubernetes", "Docker", "RocketMQ", "MySQL", "index",
            "cache", "thread pool", "lock-free", "benchmark", "Linux", "epoll", "TCP", "B+ tree", "LSM"};
    private static final String[] CATEGORIES = {"技术", "生活", "读书", "随笔", "Java", "中间件", "数据库", "前端",
            "算法", "架构"};
    /** A valid 1x1 PNG: the benchmark measures pages, not image copying. */
    private static final String ONE_PIXEL_PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java CorpusGenerator.java <target-dir> <posts> [seed]");
            System.exit(2);
        }
        Path target = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20171014L;
        if (Files.exists(target)) {
            System.err.println(target + " exists; give a new folder");
            System.exit(2);
        }
        write(target, count, seed);
        System.out.println("wrote " + count + " posts to " + target);
    }

    /** Writes the blog; callable from a benchmark in the same JVM. */
    public static void write(Path target, int count, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Path posts = target.resolve("source/_posts");
        Files.createDirectories(posts);
        Files.writeString(target.resolve("_config.yml"), String.join("\n",
                "title: 基准博客",
                "subtitle: A benchmark corpus",
                "description: Generated posts for blog-maven's benchmarks",
                "author: bench",
                "language: zh-CN",
                "timezone: Asia/Shanghai",
                "url: http://example.com",
                "root: /",
                "permalink: posts/:abbrlink.html",
                "post_asset_folder: true",
                "per_page: 10",
                "abbrlink:",
                "  alg: crc32",
                "  rep: hex",
                ""), StandardCharsets.UTF_8);
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            tags.add(random.nextInt(3) == 0 ? ENGLISH[i % ENGLISH.length] + "-" + i : words(random, 2) + i);
        }
        LocalDateTime start = LocalDateTime.of(2015, 1, 1, 8, 0);
        long span = 10L * 365 * 24 * 3600;
        byte[] image = java.util.Base64.getDecoder().decode(ONE_PIXEL_PNG);
        for (int n = 0; n < count; n++) {
            String name = String.format(Locale.ROOT, "post-%06d", n);
            LocalDateTime date = start.plusSeconds(random.nextLong(span));
            StringBuilder text = new StringBuilder();
            text.append("---\ntitle: ").append(words(random, 4 + random.nextInt(8))).append(' ')
                    .append(ENGLISH[random.nextInt(ENGLISH.length)]).append(' ').append(n).append('\n');
            text.append("date: ").append(DATE.format(date)).append('\n');
            text.append("tags:\n");
            LinkedHashSet<String> chosen = new LinkedHashSet<>();
            int tagCount = 1 + random.nextInt(5);
            while (chosen.size() < tagCount) {
                chosen.add(tags.get(random.nextInt(tags.size())));
            }
            chosen.forEach(tag -> text.append("  - ").append(tag).append('\n'));
            String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            if (random.nextInt(4) == 0) {
                text.append("categories:\n  - ").append(category).append("\n  - ")
                        .append(CATEGORIES[random.nextInt(CATEGORIES.length)]).append('\n');
            } else {
                text.append("categories: ").append(category).append('\n');
            }
            // Quoted: unquoted, a hex value such as 100000e2 is a number to Hexo's YAML reader (10000000, another
            // post's link), and the two tools would not build the same pages.
            text.append("abbrlink: '").append(String.format(Locale.ROOT, "%x", 0x10000000 + n)).append("'\n");
            text.append("---\n\n");
            int length = 600 + random.nextInt(2400);
            int sections = 2 + random.nextInt(4);
            int images = 1 + random.nextInt(3);
            Path assets = posts.resolve(name);
            Files.createDirectories(assets);
            for (int i = 1; i <= images; i++) {
                Files.write(assets.resolve(i + ".png"), image);
            }
            text.append(paragraph(random, 120)).append("\n\n");
            if (random.nextInt(10) < 8) {
                text.append("<!-- more -->\n\n");
            }
            int written = 120;
            for (int s = 0; s < sections; s++) {
                text.append("## ").append(words(random, 3 + random.nextInt(5))).append("\n\n");
                int budget = (length - 120) / sections;
                while (budget > 0) {
                    int size = 60 + random.nextInt(200);
                    text.append(paragraph(random, size)).append("\n\n");
                    budget -= size;
                    written += size;
                }
                if (s < images) {
                    text.append("![").append(words(random, 2)).append("](")
                            .append(s + 1).append(".png)\n\n");
                }
                if (s == 1 && random.nextInt(3) == 0) {
                    text.append("```java\npublic final class Demo").append(n).append(" {\n")
                            .append("    public static void main(String[] args) {\n")
                            .append("        System.out.println(\"").append(ENGLISH[random.nextInt(ENGLISH.length)])
                            .append("\");\n    }\n}\n```\n\n");
                }
                if (s == 0 && random.nextInt(5) == 0) {
                    text.append("| 名称 | 数值 | 说明 |\n|---|---:|---|\n");
                    for (int r = 0; r < 3 + random.nextInt(4); r++) {
                        text.append("| ").append(words(random, 2)).append(" | ").append(random.nextInt(10000))
                                .append(" | ").append(words(random, 5)).append(" |\n");
                    }
                    text.append('\n');
                }
            }
            Files.writeString(posts.resolve(name + ".md"), text, StandardCharsets.UTF_8);
        }
        Path about = target.resolve("source/about");
        Files.createDirectories(about);
        Files.writeString(about.resolve("index.md"), "---\ntitle: 关于\n---\n\n" + paragraph(random, 200) + "\n",
                StandardCharsets.UTF_8);
    }

    private static String words(SplittableRandom random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(HAN.charAt(random.nextInt(HAN.length())));
        }
        return out.toString();
    }

    /** About {@code size} characters of Chinese prose with English terms, inline code and emphasis. */
    private static String paragraph(SplittableRandom random, int size) {
        StringBuilder out = new StringBuilder();
        while (out.length() < size) {
            int roll = random.nextInt(20);
            if (roll == 0) {
                out.append(' ').append(ENGLISH[random.nextInt(ENGLISH.length)]).append(' ');
            } else if (roll == 1) {
                out.append('`').append(ENGLISH[random.nextInt(ENGLISH.length)].replace(' ', '_')).append('`');
            } else if (roll == 2) {
                out.append("**").append(words(random, 3)).append("**");
            } else if (roll == 3) {
                out.append("，");
            } else if (roll == 4) {
                out.append("。");
            } else {
                out.append(words(random, 1 + random.nextInt(4)));
            }
        }
        return out.append("。").toString();
    }
}
