package io.github.blogmaven.maven.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class ServerNamesTest {

    @Test
    void loopbackAnswersToTheLoopbackNamesWithItsPort() throws UnknownHostException {
        ServerNames names = new ServerNames("127.0.0.1", InetAddress.getByName("127.0.0.1"), 4000);

        for (String host : new String[] {"127.0.0.1:4000", "localhost:4000", "LocalHost:4000", "[::1]:4000"}) {
            assertTrue(names.acceptsHost(host), host);
        }
        for (String host : new String[] {"127.0.0.1", "localhost:4001", "evil.example:4000", "", "localhost.:4000",
            "127.0.0.1:4000.evil.example"}) {
            assertFalse(names.acceptsHost(host), host);
        }
        assertFalse(names.acceptsHost(null));
        assertEquals("127.0.0.1:4000", names.authority());
    }

    @Test
    void originMustBeThisServerOverHttp() throws UnknownHostException {
        ServerNames names = new ServerNames("localhost", InetAddress.getByName("127.0.0.1"), 4000);

        assertTrue(names.acceptsOrigin("http://localhost:4000"));
        assertTrue(names.acceptsOrigin("http://127.0.0.1:4000"));
        assertFalse(names.acceptsOrigin("https://localhost:4000"));
        assertFalse(names.acceptsOrigin("http://localhost:4000/"));
        assertFalse(names.acceptsOrigin("http://evil.example"));
        assertFalse(names.acceptsOrigin("null"));
        assertEquals("localhost:4000", names.authority());
    }

    @Test
    void portEightyMayBeLeftOut() throws UnknownHostException {
        ServerNames names = new ServerNames("127.0.0.1", InetAddress.getByName("127.0.0.1"), 80);

        assertTrue(names.acceptsHost("localhost"));
        assertTrue(names.acceptsHost("localhost:80"));
        assertTrue(names.acceptsOrigin("http://localhost"));
    }

    @Test
    void anotherAddressAnswersOnlyToItself() throws UnknownHostException {
        ServerNames names = new ServerNames("192.0.2.10", InetAddress.getByName("192.0.2.10"), 4000);

        assertTrue(names.acceptsHost("192.0.2.10:4000"));
        assertFalse(names.acceptsHost("localhost:4000"));
        assertFalse(names.acceptsHost("127.0.0.1:4000"));
    }

    @Test
    void wildcardIsOpenedThroughLocalhost() throws UnknownHostException {
        ServerNames names = new ServerNames("0.0.0.0", InetAddress.getByName("0.0.0.0"), 4000);

        assertTrue(names.acceptsHost("localhost:4000"));
        assertEquals("localhost:4000", names.authority());
    }

    @Test
    void ipv6LiteralIsBracketed() throws UnknownHostException {
        ServerNames names = new ServerNames("::1", InetAddress.getByName("::1"), 4000);

        assertTrue(names.acceptsHost("[::1]:4000"));
        assertEquals("[::1]:4000", names.authority());
    }
}
