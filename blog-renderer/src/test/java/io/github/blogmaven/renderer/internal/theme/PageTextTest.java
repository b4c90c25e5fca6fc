package io.github.blogmaven.renderer.internal.theme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.io.Writer;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A page's text as templates write it")
class PageTextTest {
    @Test
    @DisplayName("holds what a StringWriter holds for every way of writing, growing as needed")
    void sameAsStringWriter() throws Exception {
        Random random = new Random(3);
        PageText page = new PageText(1);
        StringWriter expected = new StringWriter();
        for (int n = 0; n < 5_000; n++) {
            String piece = "中文<a href=\"/x\">" + n;
            char one = piece.charAt(random.nextInt(piece.length()));
            for (Writer out : new Writer[] {page, expected}) {
                switch (n % 5) {
                    case 0 -> out.write(piece);
                    case 1 -> out.write(piece, 1, piece.length() - 2);
                    case 2 -> out.write(piece.toCharArray(), 2, piece.length() - 2);
                    case 3 -> out.append(new StringBuilder(piece)).append('!');
                    default -> out.write(one);
                }
            }
        }
        assertTrue(expected.toString().equals(page.toString()), "toString differs");
        assertTrue(expected.toString().equals(new String(page.chars(), 0, page.length())), "chars differ");
        page.clear();
        page.write("next");
        assertTrue("next".equals(page.toString()), "cleared text is reused from the start");
    }
}
