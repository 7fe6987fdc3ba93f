package dev.glas.core.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.stream.Stream;

/**
 * Host-name resolution for Glas (a {@code java.net.spi} service, see {@code META-INF/services}): while
 * {@link OfflineGuard} is installed, only localhost and this machine's own name are resolved; any other
 * name is refused (counted and logged) so no DNS query leaves the machine. Before installation, and for
 * allowed names, the JDK's built-in resolver answers.
 */
public final class OfflineResolverProvider extends InetAddressResolverProvider {

    @Override
    public InetAddressResolver get(Configuration configuration) {
        InetAddressResolver builtin = configuration.builtinResolver();
        return new InetAddressResolver() {
            @Override
            public Stream<InetAddress> lookupByName(String host, LookupPolicy lookupPolicy)
                    throws UnknownHostException {
                if (OfflineGuard.isInstalled() && !OfflineGuard.isLocalName(host)) {
                    throw new UnknownHostException(OfflineGuard.refuse("name lookup of " + host));
                }
                return builtin.lookupByName(host, lookupPolicy);
            }

            @Override
            public String lookupByAddress(byte[] addr) throws UnknownHostException {
                if (OfflineGuard.isInstalled()) {
                    InetAddress a = InetAddress.getByAddress(addr);
                    if (!a.isLoopbackAddress()) {
                        // no reverse DNS while offline: the caller gets the literal address
                        throw new UnknownHostException(a.getHostAddress());
                    }
                }
                return builtin.lookupByAddress(addr);
            }
        };
    }

    @Override
    public String name() {
        return "glas-offline";
    }
}
