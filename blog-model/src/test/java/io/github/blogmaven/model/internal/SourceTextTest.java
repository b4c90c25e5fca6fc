package io.github.blogmaven.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Reading sources: the common-case UTF-8 decoder against the strict one, and the size limit")
class SourceTextTest {
    private static final byte[][] PIECES = {
        bytes("a"), bytes("\n"), bytes("\r"), bytes("é"), bytes("中"), bytes("😀"), bytes("\uFEFF"), bytes("\uFFFF"),
        bytes("\u07FF"), bytes("\u0800"), {0},
        {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, // overlong
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
        {(byte) 0xC0, (byte) 0x80}, {(byte) 0xC1, (byte) 0xBF}, // overlong
        {(byte) 0x80}, {(byte) 0xE4}, {(byte) 0xE4, (byte) 0xB8}, // a continuation byte alone, sequences cut short
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF}};

    @Test
    @DisplayName("random bytes: the same text whenever it reads them, and it reads every well-formed mix of the common"
            + " sequences")
    void sameAsStrictDecoder() {
        Random random = new Random(5);
        int read = 0;
        for (int n = 0; n < 100_000; n++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int pieces = random.nextInt(10); pieces > 0; pieces--) {
                if (random.nextInt(8) == 0) {
                    out.write(random.nextInt(256));
                } else {
                    out.writeBytes(PIECES[random.nextInt(PIECES.length)]);
                }
            }
            byte[] bytes = out.toByteArray();
            String common = SourceText.decodeCommon(bytes);
            if (common != null) {
                assertEquals(strict(bytes), common, Arrays.toString(bytes));
                read++;
            }
        }
        assertTrue(read > 10_000, read + " read");
    }

    @Test
    @DisplayName("markup and CJK text, two-byte letters, a byte-order mark: read; an emoji or a bad byte: left")
    void cases() {
        String text = "\uFEFF---\ntitle: Grüße 你好\n---\n**粗体**与*斜体* <br>\r\n\u0000 end\uFFFF";
        assertEquals(text, SourceText.decodeCommon(bytes(text)));
        assertNull(SourceText.decodeCommon(bytes("smile 😀")), "four-byte sequences are the strict decoder's");
        assertNull(SourceText.decodeCommon(new byte[] {'a', (byte) 0xE4, (byte) 0xB8}), "cut short");
        assertNull(SourceText.decodeCommon(new byte[] {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}), "a surrogate");
        assertNotNull(SourceText.decodeCommon(new byte[0]));
    }

    @Test
    @DisplayName("a file that grew past the limit after the walk measured it is refused all the same")
    void grewPastTheLimit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.md");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(SourceText.MAX_BYTES + 1);
        }
        Problems problems = new Problems();
        assertNull(SourceText.read(file, "source/_posts/big.md", 12, problems));
        assertEquals(1, problems.list().size(), problems.list().toString());
        assertTrue(problems.list().get(0).message().startsWith("is 10485761 bytes, more than the 10 MiB"),
                problems.list().toString());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String strict(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return "not UTF-8";
        }
    }
}
