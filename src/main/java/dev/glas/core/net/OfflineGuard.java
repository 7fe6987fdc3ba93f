package dev.glas.core.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps Glas offline: data never leaves the machine. Installed first thing at startup
 * ({@code Launcher.main}); afterwards every attempt to reach a non-loopback host is refused, counted and
 * logged. Two layers, since Java 25 has no SecurityManager:
 * <ul>
 *   <li>a default {@link ProxySelector} that throws for non-loopback targets — consulted by every
 *       {@code java.net.Socket} connect (through the SOCKS layer), {@code HttpURLConnection},
 *       {@code HttpClient} and FTP URLs, before any packet is sent;</li>
 *   <li>a host-name resolver ({@link OfflineResolverProvider}, registered as a
 *       {@code java.net.spi.InetAddressResolverProvider} service) that refuses to resolve any name other
 *       than localhost and this machine's own name — so NIO channels, UDP and everything else that starts
 *       from a host name cannot reach the network either.</li>
 * </ul>
 * What remains possible is a raw NIO/UDP connection to a literal IP address, which no library Glas uses
 * makes on its own.
 */
public final class OfflineGuard {

    private static final System.Logger LOG = System.getLogger("dev.glas.net");
    private static final AtomicLong REFUSED = new AtomicLong();
    private static volatile boolean installed;
    private static volatile String localHostName;

    private OfflineGuard() {
    }

    /** Installs the guard (idempotent). */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        System.setProperty("java.net.useSystemProxies", "false");
        System.setProperty("ai.djl.offline", "true");
        localHostName = readLocalHostName();
        ProxySelector.setDefault(new RefusingProxySelector());
        installed = true;
    }

    public static boolean isInstalled() {
        return installed;
    }

    /** How many connection or name-lookup attempts were refused since start. */
    public static long refusedCount() {
        return REFUSED.get();
    }

    /** Whether a host name may be resolved while offline: localhost names, loopback literals, this machine. */
    static boolean isLocalName(String host) {
        if (host == null || host.isEmpty()) {
            return true;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.endsWith(".localhost") || h.equals("localhost.localdomain")
                || h.equals("ip6-localhost") || h.equals("ip6-loopback")) {
            return true;
        }
        if (h.startsWith("127.") && h.chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
            return true;
        }
        if (h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        String local = localHostName;
        return local != null && (h.equals(local) || h.startsWith(local + "."));
    }

    /** Records and logs a refused attempt; returns the exception message. */
    static String refuse(String what) {
        REFUSED.incrementAndGet();
        String msg = "Glas is offline: refused " + what;
        LOG.log(System.Logger.Level.WARNING, msg);
        return msg;
    }

    private static String readLocalHostName() {
        try {
            Path p = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(p)) {
                return Files.readString(p).trim().toLowerCase(Locale.ROOT);
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        String env = System.getenv("COMPUTERNAME");
        if (env == null) {
            env = System.getenv("HOSTNAME");
        }
        return env == null ? null : env.trim().toLowerCase(Locale.ROOT);
    }

    private static final class RefusingProxySelector extends ProxySelector {
        @Override
        public List<Proxy> select(URI uri) {
            if (uri == null) {
                throw new IllegalArgumentException("uri");
            }
            String host = uri.getHost();
            if (host == null) {
                // e.g. socket://name_with_underscore:80 — parse the authority by hand
                String auth = uri.getRawAuthority();
                host = auth == null ? null : auth.replaceFirst(":\\d+$", "");
            }
            if (isLoopback(host)) {
                return List.of(Proxy.NO_PROXY);
            }
            throw new IllegalArgumentException(refuse("connection to " + uri));
        }

        private static boolean isLoopback(String host) {
            if (host == null) {
                return false;
            }
            if (isLocalName(host) && !host.equalsIgnoreCase(localHostName == null ? "" : localHostName)) {
                return true;
            }
            try {
                // a literal address is parsed without any lookup
                String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
                if (h.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
                    return InetAddress.ofLiteral(h).isLoopbackAddress();
                }
            } catch (IllegalArgumentException e) {
                return false;
            }
            return false;
        }

        @Override
        public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            // nothing: no proxies are ever used
        }
    }

    /** For messages: "host:port" of an address without a reverse lookup. */
    static String describe(SocketAddress a) {
        return a instanceof InetSocketAddress i ? i.getHostString() + ":" + i.getPort() : String.valueOf(a);
    }
}
