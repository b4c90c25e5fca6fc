package io.github.blogmaven.maven.serve;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names this server answers to, as {@code host:port}. Checking the {@code Host} header against them is what
 * stops DNS rebinding: a hostile page whose own name has been re-pointed at 127.0.0.1 still sends its own name,
 * and so cannot read the preview (or the drafts in it) through the visitor's browser.
 */
final class ServerNames {
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final int DEFAULT_HTTP_PORT = 80;

    private final String preferred;
    private final Set<String> authorities = new LinkedHashSet<>();

    /**
     * The names for a server asked to listen on {@code host}, which resolved to {@code bound}, on {@code port}.
     * A loopback address also answers to the usual loopback names; the wildcard address to those and to every
     * address of this machine.
     */
    ServerNames(String host, InetAddress bound, int port) {
        Set<String> names = new LinkedHashSet<>();
        names.add(literal(host));
        names.add(literal(bound));
        if (bound.isLoopbackAddress() || bound.isAnyLocalAddress()) {
            names.addAll(LOOPBACK_NAMES);
        }
        if (bound.isAnyLocalAddress()) {
            names.addAll(interfaceAddresses());
        }
        for (String name : names) {
            authorities.add(name + ":" + port);
            if (port == DEFAULT_HTTP_PORT) {
                authorities.add(name);
            }
        }
        preferred = (bound.isAnyLocalAddress() ? "localhost" : literal(host)) + ":" + port;
    }

    /** The {@code host:port} to print and open. */
    String authority() {
        return preferred;
    }

    /** Whether a request with this {@code Host} header (null when absent) is addressed to this server. */
    boolean acceptsHost(String host) {
        return host != null && authorities.contains(host.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code origin} (an {@code Origin} header) is a page of this server. */
    boolean acceptsOrigin(String origin) {
        String scheme = "http://";
        return origin.regionMatches(true, 0, scheme, 0, scheme.length())
                && acceptsHost(origin.substring(scheme.length()));
    }

    private static String literal(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.contains(":") && !lower.startsWith("[") ? "[" + lower + "]" : lower;
    }

    private static String literal(InetAddress address) {
        String text = address.getHostAddress();
        int zone = text.indexOf('%');
        return literal(zone < 0 ? text : text.substring(0, zone));
    }

    private static Set<String> interfaceAddresses() {
        Set<String> names = new LinkedHashSet<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    names.add(literal(address));
                }
            }
        } catch (SocketException e) {
            // Without the list the wildcard server still answers to the loopback names.
        }
        return names;
    }
}
