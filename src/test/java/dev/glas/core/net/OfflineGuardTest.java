package dev.glas.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.data.DatasetProfile;
import dev.glas.core.data.Profiler;
import dev.glas.core.data.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineGuardTest {

    @BeforeAll
    static void install() {
        OfflineGuard.install();
    }

    /** Inodes of the sockets this process has open (Linux). */
    static Set<String> openSockets() throws IOException {
        Set<String> out = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:")) {
                        out.add(target);
                    }
                } catch (IOException e) {
                    // fd closed meanwhile
                }
            }
        }
        return out;
    }

    @Test
    void socketToPublicAddressIsRefusedBeforeConnecting() {
        long before = OfflineGuard.refusedCount();
        IOException e = assertThrows(IOException.class, () -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.ofLiteral("203.0.113.7"), 443), 2000);
            }
        });
        assertTrue(String.valueOf(e.getCause()).contains("offline"), String.valueOf(e));
        assertEquals(before + 1, OfflineGuard.refusedCount());
    }

    @Test
    void nameLookupsOfRemoteHostsAreRefused() {
        long before = OfflineGuard.refusedCount();
        UnknownHostException e = assertThrows(UnknownHostException.class,
                () -> InetAddress.getByName("example.com"));
        assertTrue(e.getMessage().contains("offline"));
        // NIO channels do not consult the ProxySelector, but need the name resolved first: the address
        // stays unresolved and the connect fails
        assertThrows(java.nio.channels.UnresolvedAddressException.class, () -> {
            try (SocketChannel ch = SocketChannel.open()) {
                ch.connect(new InetSocketAddress("updates.example.org", 80));
            }
        });
        assertTrue(OfflineGuard.refusedCount() >= before + 2);
    }

    @Test
    void httpClientsAreRefused() {
        long before = OfflineGuard.refusedCount();
        assertThrows(Exception.class, () -> {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://198.51.100.3/x").toURL().openConnection();
            c.setConnectTimeout(2000);
            c.connect();
        });
        assertThrows(Exception.class, () -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                .send(HttpRequest.newBuilder(URI.create("https://198.51.100.4/")).build(),
                        HttpResponse.BodyHandlers.discarding()));
        assertTrue(OfflineGuard.refusedCount() >= before + 2);
    }

    @Test
    void loopbackStillWorks() throws Exception {
        long before = OfflineGuard.refusedCount();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket("localhost", server.getLocalPort());
             Socket accepted = server.accept()) {
            OutputStream out = client.getOutputStream();
            out.write(42);
            out.flush();
            InputStream in = accepted.getInputStream();
            assertEquals(42, in.read());
        }
        assertEquals(before, OfflineGuard.refusedCount());
    }

    @Test
    void fullImportAndProfileOpensNoSocket(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc (Linux)");
        // the probe sees sockets: a loopback server socket shows up
        Set<String> base = openSockets();
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Set<String> withProbe = openSockets();
            withProbe.removeAll(base);
            assertFalse(withProbe.isEmpty(), "the /proc probe must detect an open socket");
        }

        Set<String> before = openSockets();
        long refusedBefore = OfflineGuard.refusedCount();
        Path csv = dir.resolve("telco.csv");
        try (InputStream in = Samples.class.getResourceAsStream(Samples.byId("telco_churn").resource())) {
            Files.copy(in, csv);
        }
        DataImporter importer = new DataImporter();
        Dataset d = importer.read(csv);
        DatasetProfile p = Profiler.profile(d);
        assertEquals(3000, p.rows());
        for (var s : Samples.list()) {
            Profiler.profile(Samples.open(s));
        }
        Set<String> after = openSockets();
        after.removeAll(before);
        assertTrue(after.isEmpty(), "import + profile opened sockets: " + after);
        assertEquals(refusedBefore, OfflineGuard.refusedCount(), "nothing even tried to connect");
    }
}
