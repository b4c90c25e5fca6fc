package io.github.blogmaven.maven.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptInjectionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<body>x</body>                        | <body>x<s></body>",
        "<BODY>x</BODY>                        | <BODY>x<s></BODY>",
        "<body>x</Body >                       | <body>x</Body ><s>",
        "<pre>&lt;/body></pre></body></html>   | <pre>&lt;/body></pre><s></body></html>",
        "<p>a</body>b</body>c                  | <p>a</body>b<s></body>c",
        "<p>no body tag                        | <p>no body tag<s>",
        "''                                    | <s>",
    })
    void putsTheTagBeforeTheLastBodyEnd(String page, String expected) {
        assertEquals(expected, new String(ScriptInjection.inject(page.getBytes(StandardCharsets.UTF_8), "<s>"),
                StandardCharsets.UTF_8));
    }

    @Test
    void leavesEveryOtherByteAlone() {
        byte[] page = {(byte) 0xe4, (byte) 0xbd, (byte) 0xa0, '<', '/', 'b', 'o', 'd', 'y', '>', (byte) 0xff};

        assertArrayEquals(new byte[] {(byte) 0xe4, (byte) 0xbd, (byte) 0xa0, '<', 's', '>', '<', '/', 'b', 'o', 'd',
            'y', '>', (byte) 0xff}, ScriptInjection.inject(page, "<s>"));
    }
}
