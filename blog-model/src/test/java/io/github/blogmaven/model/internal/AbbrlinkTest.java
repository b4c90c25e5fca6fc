package io.github.blogmaven.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.blogmaven.model.SiteConfig.AbbrlinkAlgorithm;
import io.github.blogmaven.model.SiteConfig.AbbrlinkOptions;
import io.github.blogmaven.model.SiteConfig.AbbrlinkRepresentation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("abbrlink values are hexo-abbrlink's classic CRC of the title")
class AbbrlinkTest {
    private static String abbrlink(AbbrlinkAlgorithm algorithm, AbbrlinkRepresentation representation, String title) {
        Abbrlink abbrlink = new Abbrlink(new AbbrlinkOptions(algorithm, representation));
        return abbrlink.format(abbrlink.hash(title));
    }

    @Test
    @DisplayName("the reference post's title gives its abbrlink 7631b95 (crc32, hex, no leading zero)")
    void referencePost() {
        assertEquals("7631b95", abbrlink(AbbrlinkAlgorithm.CRC32, AbbrlinkRepresentation.HEX,
                "阿里巴巴正式开源全球化OpenMessaging和ApsaraCache项目"));
    }

    @Test
    @DisplayName("crc32 is the standard CRC-32 (check value of 123456789 is cbf43926)")
    void crc32() {
        assertEquals("cbf43926", abbrlink(AbbrlinkAlgorithm.CRC32, AbbrlinkRepresentation.HEX, "123456789"));
        assertEquals("3421780262", abbrlink(AbbrlinkAlgorithm.CRC32, AbbrlinkRepresentation.DEC, "123456789"));
    }

    @Test
    @DisplayName("crc16 is CRC-16/ARC (check value of 123456789 is 0xbb3d = 47933)")
    void crc16() {
        assertEquals("bb3d", abbrlink(AbbrlinkAlgorithm.CRC16, AbbrlinkRepresentation.HEX, "123456789"));
        assertEquals("47933", abbrlink(AbbrlinkAlgorithm.CRC16, AbbrlinkRepresentation.DEC, "123456789"));
    }

    @Test
    @DisplayName("titles are hashed as UTF-8")
    void utf8() {
        assertEquals(Long.toHexString(crc32Of("é")), abbrlink(AbbrlinkAlgorithm.CRC32, AbbrlinkRepresentation.HEX, "é"));
    }

    private static long crc32Of(String text) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
