/**
 * A proxy on the loopback address that Firefox is told to send all traffic
 * to, and that answers nothing but records everything. Pages are served by
 * request interception before they reach the network layer, so whatever
 * arrives here is a request that would have left the browser: from the
 * background script, an extension page, or Firefox itself.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface NetworkGuard {
  port: number;
  /** Every request that reached the proxy: `CONNECT host:port` or `GET http://…`. */
  seen: string[];
  /** Firefox preferences that route every request through the guard. */
  prefs: Record<string, string | number | boolean>;
  close(): Promise<void>;
}

export async function startNetworkGuard(): Promise<NetworkGuard> {
  const seen: string[] = [];
  const server = createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    response.writeHead(502).end();
  });
  server.on('connect', (request, socket) => {
    seen.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    seen,
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
