package io.github.blogmaven.model.internal;

import io.github.blogmaven.model.SiteConfig.AbbrlinkAlgorithm;
import io.github.blogmaven.model.SiteConfig.AbbrlinkOptions;
import io.github.blogmaven.model.SiteConfig.AbbrlinkRepresentation;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * hexo-abbrlink's classic value (v2.0.2 to v2.2.2): a CRC of the UTF-8 title, written in decimal or in hex
 * without leading zeros. Later versions also hash {@code String(date)}, which depends on the machine's locale
 * and zone and cannot be reproduced, so existing values are always kept and only missing ones computed.
 */
public final class Abbrlink {
    private final AbbrlinkOptions options;

    public Abbrlink(AbbrlinkOptions options) {
        this.options = options;
    }

    /** The number for a title. */
    long hash(String title) {
        byte[] bytes = title.getBytes(StandardCharsets.UTF_8);
        if (options.algorithm() == AbbrlinkAlgorithm.CRC16) {
            return crc16(bytes);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /** A number as the plugin writes it. */
    String format(long value) {
        return options.representation() == AbbrlinkRepresentation.HEX ? Long.toHexString(value) : Long.toString(value);
    }

    /** The value hexo-abbrlink writes for a title, before any collision is resolved. */
    public String of(String title) {
        return format(hash(title));
    }

    /** The value for a title, increased by one until it is none of {@code taken}, as the plugin does. */
    public String of(String title, Set<String> taken) {
        long value = hash(title);
        String text = format(value);
        while (taken.contains(text)) {
            value++;
            text = format(value);
        }
        return text;
    }

    /** CRC-16/ARC: reflected polynomial 0xA001, initial value 0, no final XOR. */
    static int crc16(byte[] bytes) {
        int crc = 0;
        for (byte b : bytes) {
            crc ^= b & 0xff;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
        }
        return crc;
    }
}
